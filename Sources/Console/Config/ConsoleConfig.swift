import Foundation
import OpsSources
import TerminalUI

/// `~/.config/opsdeck/config.toml`: the agents a console polls when no `--agent` is given.
///
/// ```toml
/// [agents.eu]
/// url = "http://10.0.4.2:9477"
/// token_file = "/home/me/.config/opsdeck/eu.token"   # or: token_env = "OPSDECK_TOKEN_EU"
/// ```
/// Tokens come from files or the environment, never from this file itself.
public struct ConsoleConfig: Sendable {
    /// One `[agents.NAME]` table.
    public struct Agent: Sendable {
        public var name: String
        public var url: String
        public var tokenFile: String?
        public var tokenEnvironment: String?
    }

    public var agents: [Agent] = []

    /// The config file at `path`; nil when there is none.
    public static func load(path: String) throws -> ConsoleConfig? {
        // Most starts have no config file: asked first, as a failed read builds an error to throw.
        guard access(path, F_OK) == 0, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return try parse(text: text, path: path)
    }

    /// Reads the file's text; errors name the file and line.
    public static func parse(text: String, path: String) throws -> ConsoleConfig {
        var parser = TOMLSubsetParser(text: text, path: path)
        let tables: [TOMLTable]
        do { tables = try parser.parse() } catch { throw ConfigError(description: "\(error)") }
        var config = ConsoleConfig()
        for table in tables where !table.path.isEmpty {
            guard table.path.count == 2, table.path[0] == "agents" else {
                throw ConfigError(description: "\(path):\(table.line): unknown table [\(table.path.joined(separator: "."))] (expected [agents.NAME])")
            }
            var agent = Agent(name: table.path[1], url: "")
            for entry in table.entries {
                guard case .string(let value) = entry.value else {
                    throw ConfigError(description: "\(path):\(entry.line): \(entry.key) must be a string")
                }
                switch entry.key {
                case "url": agent.url = value
                case "token_file": agent.tokenFile = (value as NSString).expandingTildeInPath
                case "token_env": agent.tokenEnvironment = value
                default: throw ConfigError(description: "\(path):\(entry.line): unknown key \(entry.key) (url, token_file, token_env)")
                }
            }
            guard !agent.url.isEmpty else { throw ConfigError(description: "\(path):\(table.line): [agents.\(agent.name)] needs a url") }
            config.agents.append(agent)
        }
        return config
    }

    /// The endpoints to poll, reading each agent's token from its file or environment variable.
    public func endpoints(environment: [String: String], warn: (String) -> Void) throws -> [AgentEndpoint] {
        try agents.map { agent in
            guard let url = URL(string: agent.url), url.scheme != nil else {
                throw ConfigError(description: "agent \(agent.name): \"\(agent.url)\" is not a URL")
            }
            var token: BearerToken?
            if let file = agent.tokenFile {
                let (read, warning) = try TokenFile.read(file)
                if let warning { warn(warning) }
                token = read
            } else if let variable = agent.tokenEnvironment {
                token = environment[variable].flatMap(BearerToken.init)
                if token == nil { warn("agent \(agent.name): \(variable) is not set; it will answer 401") }
            } else {
                token = environment["OPSDECK_TOKEN"].flatMap(BearerToken.init)
            }
            return AgentEndpoint(url: url, token: token)
        }
    }
}

/// A config file that cannot be used, said with its file and line.
public struct ConfigError: Error, CustomStringConvertible {
    public var description: String
}
