import Foundation

/// How recoverable an environment is now: the recovery point, its age against the RPO, and every reason.
public struct BackupVerdict: Sendable, Hashable, Codable {
    /// Roll-up of `reasons`.
    public var status: Status
    /// The latest instant the environment can be restored to; nil when there is no good backup.
    public var recoveryPoint: Date?
    /// Data-loss exposure: now − recovery point.
    public var exposure: TimeInterval?
    /// The tier's recovery point objective, seconds.
    public var rpo: TimeInterval
    /// Start of the point-in-time window: stop of the oldest good backup with WAL continuous from it.
    public var oldestRestorable: Date?
    /// Newest full backup, good or not.
    public var lastFull: BackupSet?
    /// Newest differential backup, good or not.
    public var lastDiff: BackupSet?
    /// Newest incremental backup, good or not.
    public var lastIncr: BackupSet?
    /// Whether every retained backup's chain resolves back to a full.
    public var chainResolves: Bool
    /// A backup (or expire) is running now.
    public var inProgress: Bool
    /// WAL archiving is failing.
    public var archiveBroken: Bool
    /// The newest restore test of this environment, whatever its result.
    public var lastRestoreTest: RestoreTest?
    /// Every reason behind `status`, worst first.
    public var reasons: [Reason]

    /// Builds a verdict; `status` is derived from `reasons` so the two cannot disagree.
    public init(
        recoveryPoint: Date? = nil, exposure: TimeInterval? = nil, rpo: TimeInterval, oldestRestorable: Date? = nil,
        lastFull: BackupSet? = nil, lastDiff: BackupSet? = nil, lastIncr: BackupSet? = nil, chainResolves: Bool = false,
        inProgress: Bool = false, archiveBroken: Bool = false, lastRestoreTest: RestoreTest? = nil, reasons: [Reason]
    ) {
        self.status = Status.rollUp(reasons.map(\.status))
        self.recoveryPoint = recoveryPoint
        self.exposure = exposure
        self.rpo = rpo
        self.oldestRestorable = oldestRestorable
        self.lastFull = lastFull
        self.lastDiff = lastDiff
        self.lastIncr = lastIncr
        self.chainResolves = chainResolves
        self.inProgress = inProgress
        self.archiveBroken = archiveBroken
        self.lastRestoreTest = lastRestoreTest
        self.reasons = reasons
    }

    /// The reasons a rule produced, e.g. `backup.rpo`.
    public func reasons(rule: String) -> [Reason] {
        reasons.filter { $0.rule == rule }
    }
}
