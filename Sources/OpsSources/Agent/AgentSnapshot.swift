import Foundation
import OpsModel

/// What `GET /v1/snapshot` returns: the estate in a versioned envelope, with who served it and how fresh each part is.
public struct AgentSnapshot: Sendable, Hashable, Codable {
    /// The protocol version, `opsdeck/v1`; a console rejects any other.
    public var apiVersion: String
    /// The agent's name (by default its host name).
    public var agent: String
    /// When the agent first produced this content (an unchanged refresh keeps the earlier instant).
    public var generatedAt: Date
    /// One entry per collector (or the fixture directory), with its own state.
    public var collectors: [CollectorStatus]
    /// Problems found while reading fixtures or configuration, as `path: field: message` lines.
    public var issues: [WireIssue]
    /// The estate itself.
    public var estate: Estate

    /// Creates a snapshot.
    public init(apiVersion: String = AgentWire.apiVersion, agent: String, generatedAt: Date, collectors: [CollectorStatus], issues: [WireIssue] = [], estate: Estate) {
        self.apiVersion = apiVersion
        self.agent = agent
        self.generatedAt = generatedAt
        self.collectors = collectors
        self.issues = issues
        self.estate = estate
    }
}

/// The state of one collector at the last refresh.
public struct CollectorStatus: Sendable, Hashable, Codable {
    /// Outcome of a collector's last run.
    public enum State: String, Sendable, Hashable, Codable {
        /// Read everything it was asked for.
        case ok
        /// Read some of it; the failed parts are `unknown` with their error.
        case partial
        /// Read nothing; all its signals are `unknown` with the error.
        case failed
    }

    /// The collector's configured name, e.g. `prometheus-eu`.
    public var name: String
    /// Its kind: `fixtures`, `prometheus`, `alertmanager`, `postgres`, `redis`, `pgbackrest`.
    public var kind: String
    public var state: State
    /// The first error, when not `ok`.
    public var error: String?
    /// When the run started.
    public var collectedAt: Date
    /// How long the run took, seconds.
    public var durationSeconds: Double

    /// Creates a status.
    public init(name: String, kind: String, state: State, error: String? = nil, collectedAt: Date, durationSeconds: Double) {
        self.name = name
        self.kind = kind
        self.state = state
        self.error = error
        self.collectedAt = collectedAt
        self.durationSeconds = durationSeconds
    }
}

/// A fixture or configuration problem as it travels on the wire.
public struct WireIssue: Sendable, Hashable, Codable {
    public var path: String
    public var line: Int?
    public var field: String
    public var message: String
    /// `error` or `warning`.
    public var severity: String

    /// Creates a wire issue from a fixture issue.
    public init(_ issue: FixtureIssue) {
        self.path = issue.path
        self.line = issue.line
        self.field = issue.field
        self.message = issue.message
        self.severity = issue.severity.rawValue
    }

    /// Back to a fixture issue (an unknown severity counts as a warning).
    public var fixtureIssue: FixtureIssue {
        FixtureIssue(path: path, line: line, field: field, message: message, severity: FixtureIssue.Severity(rawValue: severity) ?? .warning)
    }
}
