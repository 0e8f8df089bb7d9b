/// The one answer a release manager (or a CI pipeline) acts on.
public enum ReadinessDecision: String, Sendable, Codable, Hashable, CaseIterable {
    /// The calendar allows the deploy and every guardrail that applies passes.
    case go
    /// Only an unapproved soft freeze stands in the way: record an approval and it is a go.
    case needsApproval = "needs-approval"
    /// A freeze, a closed maintenance window or a failing guardrail stops the deploy.
    case noGo = "no-go"

    /// How the decision is shouted on screen and in logs: `GO`, `NEEDS APPROVAL`, `NO-GO`.
    public var title: String {
        switch self {
        case .go: return "GO"
        case .needsApproval: return "NEEDS APPROVAL"
        case .noGo: return "NO-GO"
        }
    }

    /// The status the decision shows as: go ok, needs-approval warn, no-go crit.
    public var status: Status {
        switch self {
        case .go: return .ok
        case .needsApproval: return .warn
        case .noGo: return .crit
        }
    }
}
