import Foundation

/// The whole estate as one value: what every view and verdict reads.
public struct Estate: Sendable, Hashable, Codable {
    public var name: String
    public var tenants: [Tenant]
    public var environments: [Environment]
    public var signals: [Signal]
    public var changes: [Change]
    public var incidents: [Incident]
    public var alerts: [Alert]
    public var windows: [FreezeWindow]
    public var approvals: [Approval]
    public var releases: [PlannedRelease]
    public var backups: [EnvironmentBackups]
    public var restoreTests: [RestoreTest]
    public var runbooks: [Runbook]
    /// Per-tier objectives; tiers missing here use `TierPolicy.standard`.
    public var tierPolicies: [TierPolicy]

    public init(
        name: String = "", tenants: [Tenant] = [], environments: [Environment] = [], signals: [Signal] = [],
        changes: [Change] = [], incidents: [Incident] = [], alerts: [Alert] = [], windows: [FreezeWindow] = [],
        approvals: [Approval] = [], releases: [PlannedRelease] = [], backups: [EnvironmentBackups] = [],
        restoreTests: [RestoreTest] = [], runbooks: [Runbook] = [], tierPolicies: [TierPolicy] = []
    ) {
        self.name = name
        self.tenants = tenants
        self.environments = environments
        self.signals = signals
        self.changes = changes
        self.incidents = incidents
        self.alerts = alerts
        self.windows = windows
        self.approvals = approvals
        self.releases = releases
        self.backups = backups
        self.restoreTests = restoreTests
        self.runbooks = runbooks
        self.tierPolicies = tierPolicies
    }

    /// The policy in force for a tier.
    public func policy(for tier: Tier) -> TierPolicy {
        tierPolicies.first { $0.tier == tier } ?? .standard(tier)
    }

    /// The environment with an id, if any.
    public func environment(id: String) -> Environment? {
        environments.first { $0.id == id }
    }

    /// The tenant with an id, if any.
    public func tenant(id: String) -> Tenant? {
        tenants.first { $0.id == id }
    }
}
