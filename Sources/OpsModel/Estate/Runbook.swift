import Foundation

/// An incident runbook: Markdown body plus what it applies to.
public struct Runbook: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var signalKeys: [String]
    public var alertNames: [String]
    public var componentKinds: [ComponentKind]
    public var severity: String
    public var owner: String
    public var lastReviewed: Date?
    /// Markdown, with `{{env.id}}`-style placeholders.
    public var body: String

    public init(id: String, title: String, signalKeys: [String] = [], alertNames: [String] = [], componentKinds: [ComponentKind] = [], severity: String = "", owner: String = "", lastReviewed: Date? = nil, body: String) {
        self.id = id
        self.title = title
        self.signalKeys = signalKeys
        self.alertNames = alertNames
        self.componentKinds = componentKinds
        self.severity = severity
        self.owner = owner
        self.lastReviewed = lastReviewed
        self.body = body
    }
}
