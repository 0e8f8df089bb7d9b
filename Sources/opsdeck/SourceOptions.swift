import ArgumentParser
import Foundation
import OpsSources

/// Options every command shares: where the estate comes from and which clock to use.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the estate from this fixture directory (default: the bundled demo estate).", valueName: "dir"))
    var fixtures: String?

    @Option(name: .long, help: ArgumentHelp("Fix the clock at this instant (ISO-8601 with zone, e.g. 2026-11-27T09:00:00Z); the screen then holds still.", valueName: "instant"))
    var now: String?

    @Option(name: .long, help: ArgumentHelp("Poll this opsdeck agent (repeatable); its token comes from --token-file or OPSDECK_TOKEN, never the command line.", valueName: "url"))
    var agent: [String] = []

    @Option(name: .long, help: ArgumentHelp("File holding an agent's bearer token (one for all agents, or one per --agent in order).", valueName: "file"))
    var tokenFile: [String] = []

    /// The options as plain values.
    var choice: SourceChoice {
        SourceChoice(fixtures: fixtures, now: now, agents: agent, tokenFiles: tokenFile)
    }

    /// The fixed clock, or nil for live time.
    func fixedNow() throws -> Date? { try choice.fixedNow() }

    /// The chosen source for commands that read the estate at once: fixtures only.
    func source() throws -> FixtureSource { try choice.source() }

    /// A source polling every `--agent`, or nil when none is given.
    func agentSource() throws -> AgentSource? { try choice.agentSource() }
}
