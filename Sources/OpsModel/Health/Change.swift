import Foundation

/// What kind of change happened to an environment.
public enum ChangeKind: String, Sendable, Codable, CaseIterable, Hashable {
    case deploy, rollback, config, migration, scaling
}

/// One entry of the "what changed" timeline.
public struct Change: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var environmentID: String
    public var kind: ChangeKind
    public var at: Date
    public var actor: String
    public var summary: String
    public var fromVersion: String?
    public var toVersion: String?
    /// How to revert it, as a person would do it.
    public var revert: String?

    public init(id: String, environmentID: String, kind: ChangeKind, at: Date, actor: String, summary: String, fromVersion: String? = nil, toVersion: String? = nil, revert: String? = nil) {
        self.id = id
        self.environmentID = environmentID
        self.kind = kind
        self.at = at
        self.actor = actor
        self.summary = summary
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        self.revert = revert
    }
}
