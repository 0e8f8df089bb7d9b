import Foundation

/// What the guardrails read: verdicts already made elsewhere, so no rule is judged twice.
public struct GuardrailInputs: Sendable, Hashable {
    /// The environment's backup verdict at the clock (`BackupAssessment.assess`).
    public var backup: BackupVerdict
    /// The tier's objectives and whether guardrails apply.
    public var policy: TierPolicy
    /// The environment's health roll-up at the clock (`HealthRollUp.environmentStatus`).
    public var health: Status
    /// The environment's signals with their verdicts, for the data behind the health reason.
    public var signals: [SignalReading]
    /// Incidents open at the clock.
    public var openIncidents: [Incident]
    /// The clock the verdicts above were made at.
    public var now: Date

    /// Inputs from their parts (tests build them by hand).
    public init(backup: BackupVerdict, policy: TierPolicy, health: Status, signals: [SignalReading], openIncidents: [Incident], now: Date) {
        self.backup = backup
        self.policy = policy
        self.health = health
        self.signals = signals
        self.openIncidents = openIncidents
        self.now = now
    }

    /// The inputs of one environment, read from the overview the screens already show.
    public init(row: EnvironmentOverview, overview: EstateOverview, estate: Estate) {
        let environmentID = row.environment.id
        let readings = overview.health.signalIndices(environmentID: environmentID).compactMap { index -> SignalReading? in
            // The roll-up was built from `estate.signals`; guard against a mismatched pair anyway.
            guard index < estate.signals.count, index < overview.health.verdicts.count else { return nil }
            return SignalReading(signal: estate.signals[index], verdict: overview.health.verdicts[index])
        }
        self.init(
            backup: row.backup, policy: estate.policy(for: row.environment.tier), health: row.health,
            signals: readings, openIncidents: row.openIncidents, now: overview.now
        )
    }
}
