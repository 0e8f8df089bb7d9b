import Foundation
import OpsModel

/// What a source reports after a load: the estate, its problems, and how fresh it is.
public struct SourceSnapshot: Sendable {
    /// A short name for the status bar, e.g. `demo estate`, `fixtures ./estate`, `3 agents`.
    public var sourceName: String
    public var estate: Estate
    public var issues: [FixtureIssue]
    /// The instant the data was read (the age on screen is measured from here).
    public var loadedAt: Date
    /// Each agent's state when the data comes from agents (empty for fixtures).
    public var agents: [AgentStatus]

    public init(sourceName: String, estate: Estate, issues: [FixtureIssue], loadedAt: Date, agents: [AgentStatus] = []) {
        self.sourceName = sourceName
        self.estate = estate
        self.issues = issues
        self.loadedAt = loadedAt
        self.agents = agents
    }
}

/// Anything that can produce the estate: a fixture directory, agents, a composite of them.
public protocol DataSource: Sendable {
    /// A short name for the status bar.
    var name: String { get }
    /// Reads the estate as of `now` (fixtures anchor relative times there).
    func load(now: Date) async -> SourceSnapshot
}

/// A directory of fixture files.
public struct FixtureSource: DataSource {
    public let directory: URL
    public let name: String
    /// When set (a live clock), samples replay from this instant so the screen moves; nil holds still.
    public var replayStart: Date?
    /// How long one replay step lasts.
    public var replayStep: TimeInterval = 15

    public init(directory: URL, name: String? = nil) {
        self.directory = directory
        self.name = name ?? "fixtures \(directory.path)"
    }

    /// The bundled demo estate, or nil when the resource bundle is missing.
    public static func demo() -> FixtureSource? {
        DemoEstate.directory.map { FixtureSource(directory: $0, name: "demo estate") }
    }

    public func load(now: Date) async -> SourceSnapshot {
        loadNow(now: now)
    }

    /// The same, synchronously, for the CLI and start-up.
    public func loadNow(now: Date) -> SourceSnapshot {
        let step = replayStart.map { Int(max(0, now.timeIntervalSince($0)) / replayStep) } ?? 0
        let result = FixtureDirectory.load(directory: directory, now: now, replayStep: step)
        return SourceSnapshot(sourceName: name, estate: result.estate, issues: result.issues, loadedAt: now)
    }
}
