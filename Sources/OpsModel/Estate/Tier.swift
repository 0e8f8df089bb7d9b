import Foundation

/// A service tier; each carries recovery objectives and the readiness guardrails it applies.
public enum Tier: String, Sendable, Codable, CaseIterable, Hashable {
    case coreProduction = "core-production"
    case regionalProduction = "regional-production"
    case nonProduction = "non-production"

    /// Whether the tier is production (guardrails, restore tests and backup policy apply).
    public var isProduction: Bool { self != .nonProduction }

    /// A short label for narrow columns.
    public var shortLabel: String {
        switch self {
        case .coreProduction: return "core"
        case .regionalProduction: return "regional"
        case .nonProduction: return "non-prod"
        }
    }
}

/// A tier's objectives and policies; defaults from semantics.md, overridable by the estate.
public struct TierPolicy: Sendable, Hashable, Codable {
    public var tier: Tier
    /// Recovery point objective, seconds.
    public var rpo: TimeInterval
    /// Recovery time objective, seconds.
    public var rto: TimeInterval
    /// How often a restore must be tested, seconds; nil means no requirement.
    public var restoreTestInterval: TimeInterval?
    /// Whether the readiness gate applies backup, restore, health and incident guardrails.
    public var appliesGuardrails: Bool

    public init(tier: Tier, rpo: TimeInterval, rto: TimeInterval, restoreTestInterval: TimeInterval?, appliesGuardrails: Bool) {
        self.tier = tier
        self.rpo = rpo
        self.rto = rto
        self.restoreTestInterval = restoreTestInterval
        self.appliesGuardrails = appliesGuardrails
    }

    /// The defaults of semantics.md for a tier.
    public static func standard(_ tier: Tier) -> TierPolicy {
        switch tier {
        case .coreProduction:
            return TierPolicy(tier: tier, rpo: 15 * 60, rto: 3600, restoreTestInterval: 30 * 86400, appliesGuardrails: true)
        case .regionalProduction:
            return TierPolicy(tier: tier, rpo: 3600, rto: 4 * 3600, restoreTestInterval: 90 * 86400, appliesGuardrails: true)
        case .nonProduction:
            return TierPolicy(tier: tier, rpo: 24 * 3600, rto: 24 * 3600, restoreTestInterval: nil, appliesGuardrails: false)
        }
    }
}
