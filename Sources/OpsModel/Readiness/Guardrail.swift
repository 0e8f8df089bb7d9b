/// One of the production guardrails readiness adds to the calendar (semantics.md).
public enum Guardrail: String, Sendable, Codable, Hashable, CaseIterable {
    /// The recovery point is within the tier's RPO.
    case backup
    /// A restore test succeeded within the tier's restore-test interval.
    case restore
    /// No `crit` signal and no `unknown` roll-up on the environment.
    case health
    /// No open incident of severity 1 or 2 on the environment.
    case incidents

    /// The rule name its reason carries, e.g. `readiness.backup`.
    public var rule: String { "readiness.\(rawValue)" }
}

/// A guardrail's outcome with the reason (and data) behind it.
public struct GuardrailCheck: Sendable, Hashable, Codable {
    /// Which guardrail.
    public var guardrail: Guardrail
    /// Whether it lets the deploy through.
    public var passed: Bool
    /// The sentence and data behind the outcome; `ok` when passed, `crit` or `unknown` when not.
    public var reason: Reason

    /// A check from its parts.
    public init(guardrail: Guardrail, passed: Bool, reason: Reason) {
        self.guardrail = guardrail
        self.passed = passed
        self.reason = reason
    }
}

/// Whether the guardrails were judged, and if not, why not.
public enum GuardrailScope: String, Sendable, Codable, Hashable {
    /// All four guardrails were judged.
    case applied
    /// The tier's policy applies only the calendar (non-production by default).
    case notAppliedForTier = "not-applied-for-tier"
    /// The caller asked for the calendar alone.
    case skippedOnRequest = "skipped-on-request"
}
