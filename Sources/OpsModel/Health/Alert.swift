import Foundation

/// An alert as Alertmanager reports it, tied to an environment.
public struct Alert: Sendable, Hashable, Codable {
    public var name: String
    public var environmentID: String
    public var severity: String
    public var summary: String
    public var startsAt: Date
    public var silencedBy: [String]
    public var inhibitedBy: [String]
    public var runbookURL: String?
    public var labels: [String: String]

    public init(name: String, environmentID: String, severity: String, summary: String, startsAt: Date, silencedBy: [String] = [], inhibitedBy: [String] = [], runbookURL: String? = nil, labels: [String: String] = [:]) {
        self.name = name
        self.environmentID = environmentID
        self.severity = severity
        self.summary = summary
        self.startsAt = startsAt
        self.silencedBy = silencedBy
        self.inhibitedBy = inhibitedBy
        self.runbookURL = runbookURL
        self.labels = labels
    }

    /// Silenced or inhibited alerts are shown but do not page.
    public var isSuppressed: Bool { !silencedBy.isEmpty || !inhibitedBy.isEmpty }
}
