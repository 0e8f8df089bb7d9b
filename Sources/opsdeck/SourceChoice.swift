import ArgumentParser
import Console
import Foundation
import OpsModel
import OpsSources

/// Where the estate comes from and which clock to use, as plain values: what `SourceOptions`
/// parses, and what the console's own argument reader (`ConsoleArguments`) fills in.
struct SourceChoice: Equatable {
    var fixtures: String?
    var now: String?
    var agents: [String] = []
    var tokenFiles: [String] = []

    /// The fixed clock, or nil for live time.
    func fixedNow() throws -> Date? {
        guard let now else { return nil }
        guard let date = ISO8601.parse(now) else {
            throw ValidationError("--now needs an ISO-8601 instant with a zone, like 2026-11-27T09:00:00Z (got \"\(now)\")")
        }
        return date
    }

    /// The chosen source for commands that read the estate at once: fixtures only.
    func source() throws -> FixtureSource {
        if !agents.isEmpty {
            throw ValidationError("--agent works with the console and `opsdeck snapshot`; save the agents' data with `opsdeck snapshot --agent URL --out DIR`, then pass --fixtures DIR")
        }
        if let fixtures {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: fixtures, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--fixtures: \(fixtures) is not a directory")
            }
            return FixtureSource(directory: URL(fileURLWithPath: fixtures), name: "fixtures \(fixtures)")
        }
        guard let demo = FixtureSource.demo() else {
            throw ValidationError("the bundled demo estate is missing from this build; pass --fixtures DIR")
        }
        return demo
    }

    /// The console's source under the clock `fixedNow()` gave: the agents when given, else
    /// fixtures or the demo estate.
    func dataSource(fixedNow: Date?) throws -> any DataSource {
        if let agents = try agentSource() { return agents }
        var fixtures = try source()
        // A live clock replays samples so the console moves; a fixed --now holds still.
        if fixedNow == nil { fixtures.replayStart = Date() }
        return fixtures
    }

    /// A source polling every `--agent`, or nil when none is given; token file warnings go to standard error.
    func agentSource() throws -> AgentSource? {
        let environment = ProcessEnvironment.variables
        let warn: (String) -> Void = { warning in
            FileHandle.standardError.write(Data("opsdeck: warning: \(warning)\n".utf8))
        }
        if !agents.isEmpty {
            return AgentSource(endpoints: try AgentOptions.endpoints(urls: agents, tokenFiles: tokenFiles, environment: environment, warn: warn))
        }
        // No --agent and no --fixtures: the agents of the config file, if it names any.
        let configPath = ThemeCatalog.configDirectory().appendingPathComponent("config.toml").path
        guard fixtures == nil, let config = try ConsoleConfig.load(path: configPath), !config.agents.isEmpty else { return nil }
        return AgentSource(endpoints: try config.endpoints(environment: environment, warn: warn))
    }
}
