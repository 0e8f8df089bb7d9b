import Foundation

/// An incident on an environment; severity 1 is the worst.
public struct Incident: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var environmentID: String
    public var severity: Int
    public var title: String
    public var openedAt: Date
    public var resolvedAt: Date?
    public var commander: String?

    public init(id: String, environmentID: String, severity: Int, title: String, openedAt: Date, resolvedAt: Date? = nil, commander: String? = nil) {
        self.id = id
        self.environmentID = environmentID
        self.severity = severity
        self.title = title
        self.openedAt = openedAt
        self.resolvedAt = resolvedAt
        self.commander = commander
    }

    /// Whether the incident is open at an instant.
    public func isOpen(at now: Date) -> Bool {
        openedAt <= now && (resolvedAt.map { $0 > now } ?? true)
    }
}
