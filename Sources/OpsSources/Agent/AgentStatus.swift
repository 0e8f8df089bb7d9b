import Foundation

/// How an agent answered its last poll.
public enum AgentState: String, Sendable, Hashable, CaseIterable {
    /// Not polled yet.
    case waiting
    /// Answered in time with a snapshot this console reads (or 304: unchanged).
    case ok
    /// Answered correctly, but slower than the slow limit.
    case slow
    /// No complete answer: refused, reset, timed out, or a server error.
    case down
    /// Refused the token (HTTP 401 or 403).
    case unauthorised
    /// Speaks another protocol version, or has no snapshot path.
    case incompatible
    /// Answered with something that is not a valid snapshot (garbage, too large).
    case badData = "bad-data"

    /// Whether the last poll delivered usable data.
    public var isHealthy: Bool { self == .ok || self == .slow }
}

/// Everything the console knows about one agent: for the Sources panel and the issues list.
public struct AgentStatus: Sendable, Hashable {
    /// The agent's base URL, as given on the command line.
    public var url: String
    /// The name the agent gives itself, once it has answered.
    public var agentName: String?
    public var state: AgentState
    /// Why, in a few words (`timed out after 3 s`, `HTTP 401`, `speaks opsdeck/v2`).
    public var detail: String
    /// When the last poll was made.
    public var lastAttempt: Date?
    /// When the data in hand was last received or confirmed unchanged (304).
    public var receivedAt: Date?
    /// The agent's own `generatedAt` of the data in hand.
    public var generatedAt: Date?
    /// Duration of the last answered poll.
    public var latency: Duration?
    /// Bytes of the last answer (0 for a 304).
    public var bytes: Int?
    /// Failed polls in a row.
    public var consecutiveFailures: Int
    /// While backing off: no poll before this instant.
    public var nextAttempt: Date?
    /// The agent's collectors, from the data in hand.
    public var collectors: [CollectorStatus]

    /// A status before the first poll.
    public init(url: String) {
        self.url = url
        self.state = .waiting
        self.detail = "not polled yet"
        self.consecutiveFailures = 0
        self.collectors = []
    }

    /// Age of the data in hand at `now`; nil when nothing was ever received.
    public func dataAge(now: Date) -> TimeInterval? {
        receivedAt.map { max(0, now.timeIntervalSince($0)) }
    }
}
