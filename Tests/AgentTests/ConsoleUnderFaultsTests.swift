import Foundation
import TerminalTestSupport
import Testing

/// The real console in tmux against agents that misbehave: it shows each agent's state, keeps
/// answering keys while the fault lasts (the time is measured and printed), and recovers.
@Suite("Console under agent faults", .serialized)
struct ConsoleUnderFaultsTests {
    /// Starts the console polling one agent, in a clean environment.
    static func console(agent: URL, tokenFile: String) throws -> TmuxSession {
        try TmuxSession(width: 120, height: 40) { _ in
            "LANG=C.UTF-8 TERM=xterm-256color \(Binary.path) --agent \(agent.absoluteString) --token-file \(tokenFile); sleep 30"
        }
    }

    /// Milliseconds from a key to the screen showing `marker`.
    static func keyToScreen(_ session: TmuxSession, key: String, marker: String) -> Double? {
        let start = Date()
        session.send(key)
        return session.waitFor(marker, timeout: 5, settled: false).map { _ in Date().timeIntervalSince(start) * 1000 }
    }

    static let faults: [(name: String, state: String, behaviour: FaultServer.Behaviour)] = [
        ("accepts and never answers", "down", .silent),
        ("drips bytes slowly", "down", .drip(total: 2_000_000, interval: 0.2)),
        ("returns garbage", "bad-data", .serve(Data("<html>502 Bad Gateway</html>".utf8))),
        ("sends a huge body", "bad-data", .huge(count: 40 << 20, declareLength: true)),
        ("speaks another protocol version", "incompatible", .serve(Data(#"{"apiVersion": "opsdeck/v9", "estate": {}}"#.utf8))),
    ]

    @Test(.timeLimit(.minutes(2)), arguments: 0..<faults.count)
    func eachFaultIsShownAndKeysKeepWorking(index: Int) throws {
        let fault = Self.faults[index]
        let server = try FaultServer(fault.behaviour)
        defer { server.stop() }
        let tokenFile = makeTokenFile("fault-token")
        defer { try? FileManager.default.removeItem(atPath: tokenFile) }
        let session = try Self.console(agent: server.url, tokenFile: tokenFile)
        defer { session.close() }
        #expect(session.waitFor("1 failing", timeout: 15) != nil, "\(fault.name): the status bar never said the agent is failing")
        let health = Self.keyToScreen(session, key: "2", marker: "Estate › Health")
        let back = Self.keyToScreen(session, key: "1", marker: "Estate › Environments")
        print("agent that \(fault.name): key-to-screen \(health.map { String(format: "%.0f ms", $0) } ?? "none") and \(back.map { String(format: "%.0f ms", $0) } ?? "none")")
        #expect(health != nil && back != nil, "\(fault.name): keys stopped answering during the fault")
        session.send(":")
        session.send("sources", literal: true)
        session.send("Enter")
        // tmux may be captured between two reads of one frame, so the overlay's title can show
        // before its rows: wait for both, and report the last screen seen if they never come.
        let sources = session.waitUntil(timeout: 5) { $0.contains("Sources (Esc closes)") && $0.contains(fault.state) }
        #expect(sources != nil, "\(fault.name): expected state \(fault.state) in \(session.capture())")
    }

    /// A reload that takes long says so; a quick one never flashes the notice (the benchmark
    /// `change` counts the bytes: none for a reload that changes nothing).
    @Test(.timeLimit(.minutes(2)))
    func aSlowReloadSaysReloading() throws {
        let server = try FaultServer(.silent)
        defer { server.stop() }
        let tokenFile = makeTokenFile("fault-token")
        defer { try? FileManager.default.removeItem(atPath: tokenFile) }
        let session = try Self.console(agent: server.url, tokenFile: tokenFile)
        defer { session.close() }
        #expect(session.waitFor("1 failing", timeout: 15) != nil)
        session.send("r")
        #expect(session.waitFor("reloading…", timeout: 3) != nil, "a reload against a silent agent must say it is reloading")
        #expect(session.waitUntil(timeout: 10) { !$0.contains("reloading…") } != nil, "the notice must go when the poll gives up")
    }

    @Test(.timeLimit(.minutes(2)))
    func aWrongTokenIsUnauthorisedAndAKilledAgentRecovers() throws {
        let tokenFile = makeTokenFile("the-agent-token")
        let wrongTokenFile = makeTokenFile("not-the-token")
        defer {
            try? FileManager.default.removeItem(atPath: tokenFile)
            try? FileManager.default.removeItem(atPath: wrongTokenFile)
        }
        var agent = try AgentProcess(arguments: ["--token-file", tokenFile, "--name", "edge-1"])
        let port = agent.port

        let refused = try Self.console(agent: agent.url, tokenFile: wrongTokenFile)
        #expect(refused.waitFor("1 failing", timeout: 15) != nil)
        refused.send(":")
        refused.send("sources", literal: true)
        refused.send("Enter")
        #expect(refused.waitFor("unauthorised", timeout: 5) != nil)
        refused.close()

        let session = try Self.console(agent: agent.url, tokenFile: tokenFile)
        defer { session.close() }
        #expect(session.waitFor("prod-de-nordkauf", timeout: 15) != nil)
        #expect(!session.capture().contains("failing"))
        agent.kill()
        session.send("r")
        #expect(session.waitFor("1 failing", timeout: 15) != nil, "a killed agent was not reported")
        #expect(session.capture().contains("prod-de-nordkauf"), "the last data must stay on screen, ageing")
        #expect(Self.keyToScreen(session, key: "5", marker: "Estate › Backups") != nil)
        agent = try AgentProcess(arguments: ["--token-file", tokenFile, "--name", "edge-1"], port: port)
        defer { agent.kill() }
        // Back-off may wait a little before the next try; r asks again, once a second, bounded.
        var lastAsk = Date()
        let recovered = session.waitUntil(timeout: 40) { screen in
            // The status bar only: the Backups view itself may say "archiving failing".
            let statusBar = screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
            guard statusBar.contains("failing") else { return statusBar.contains("data") }
            if Date().timeIntervalSince(lastAsk) > 1 {
                session.send("r")
                lastAsk = Date()
            }
            return false
        }
        #expect(recovered != nil, "the console did not recover when the agent came back")
    }
}
