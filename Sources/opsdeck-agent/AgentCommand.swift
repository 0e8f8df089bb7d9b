import ArgumentParser
import Foundation
import OpsAgent
import OpsSources

/// `opsdeck-agent`: serves one platform's estate over HTTP to opsdeck consoles.
@main
struct AgentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opsdeck-agent",
        abstract: "Serve a platform's estate (fixtures or live collectors) to opsdeck consoles over HTTP.",
        discussion: """
        GET /v1/snapshot needs 'Authorization: Bearer <token>' with the token from --token-file;
        GET /healthz needs none. Logs are JSON lines on standard error. See docs/agent-protocol.md.
        """,
        version: "opsdeck-agent 0.1.0"
    )

    @Option(name: .long, help: ArgumentHelp("Serve this fixture directory (default: the bundled demo estate, unless --config is given).", valueName: "dir"))
    var fixtures: String?

    @Option(name: .long, help: ArgumentHelp("Collectors of real systems, configured in this YAML or JSON file.", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Address to listen on (loopback unless told otherwise).", valueName: "host:port"))
    var listen: String = ListenAddress.standard.description

    @Option(name: .long, help: ArgumentHelp("File holding the bearer token clients must send (mode 600).", valueName: "file"))
    var tokenFile: String

    @Option(name: .long, help: ArgumentHelp("The agent's name in snapshots (default: the host name).", valueName: "name"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp("Seconds between refreshes of the served data.", valueName: "seconds"))
    var refresh: Double = 15

    func validate() throws {
        guard ListenAddress(listen) != nil else { throw ValidationError("--listen takes HOST:PORT, e.g. 127.0.0.1:9477") }
        guard refresh >= 1 else { throw ValidationError("--refresh takes at least 1 second") }
    }

    func run() async throws {
        let log = AgentLog.standardError()
        let address = ListenAddress(listen)!
        let token: BearerToken
        do {
            let read = try TokenFile.read(tokenFile)
            token = read.token
            if let warning = read.warning { log.warning("token-file", ["message": .text(warning)]) }
        } catch {
            log.error("token-file", ["error": .text(String(describing: error))])
            throw ExitCode(2)
        }
        let provider: any EstateProvider
        do {
            provider = try AgentSetup.provider(fixtures: fixtures, config: config)
        } catch {
            log.error("configuration", ["error": .text(String(describing: error))])
            throw ExitCode(2)
        }
        let agentName = name ?? ProcessInfo.processInfo.hostName
        let service = AgentService(name: agentName, provider: provider, log: log, refreshInterval: refresh)
        await service.refresh(now: Date())
        let server: AgentServer
        do {
            server = try await AgentServer.start(host: address.host, port: address.port, router: AgentRouter(publisher: service.publisher, token: token), log: log)
        } catch {
            log.error("listen", ["address": .text(address.description), "error": .text(String(describing: error))])
            throw ExitCode(2)
        }
        if !["127.0.0.1", "::1", "localhost"].contains(address.host) {
            log.warning("listen", ["message": .text("listening beyond loopback without TLS; put it behind a TLS proxy or an SSH tunnel")])
        }
        log.info("listening", ["host": .text(server.host), "port": .integer(server.port), "agent": .text(agentName)])
        await service.runRefreshLoop()
    }
}
