/// What the calendar says about a deploy.
public enum CalendarDecision: String, Sendable, Codable, Hashable, CaseIterable {
    /// Nothing on the calendar stands in the way.
    case allowed
    /// A soft freeze applies and no recorded approval covers the deploy.
    case needsApproval = "needs-approval"
    /// A freeze applies, or the deploy falls outside the environment's maintenance window.
    case blocked

    /// The status the decision shows as: allowed ok, needs-approval warn, blocked crit.
    public var status: Status {
        switch self {
        case .allowed: return .ok
        case .needsApproval: return .warn
        case .blocked: return .crit
        }
    }
}
