import OpsModel

/// One environment as the Backups view and `opsdeck backups` show it: its verdict and the records behind it.
public struct BackupsEntry: Sendable {
    /// The environment's overview row; `row.backup` is the verdict, computed once by `EstateOverview`.
    public var row: EnvironmentOverview
    /// What the backup tool and PostgreSQL reported; nil when the estate has no backup data for it.
    public var records: EnvironmentBackups?
    /// The tier's objectives the verdict was judged against.
    public var policy: TierPolicy
    /// The environment's restore tests, newest first.
    public var restoreTests: [RestoreTest]

    /// The verdict (never recomputed here).
    public var verdict: BackupVerdict { row.backup }

    /// The environment's id.
    public var id: String { row.environment.id }

    /// Exposure as a share of the RPO; nil when there is no recovery point to measure from.
    public var exposureRatio: Double? {
        guard let exposure = verdict.exposure, verdict.rpo > 0 else { return nil }
        return exposure / verdict.rpo
    }

    /// Reasons that are not `ok`: what someone has to act on.
    public var problems: [Reason] { verdict.reasons.filter { $0.status != .ok } }
}
