import Foundation

/// pgBackRest's backup types.
public enum BackupType: String, Sendable, Codable, CaseIterable, Hashable {
    case full, diff, incr
}

/// One backup set as the backup tool reports it.
public struct BackupSet: Sendable, Hashable, Codable {
    public var label: String
    public var type: BackupType
    public var start: Date
    public var stop: Date
    /// Database size, bytes.
    public var sizeBytes: Int64?
    /// Size in the repository after compression, bytes.
    public var repositorySizeBytes: Int64?
    /// The backup this one depends on (diff/incr), by label.
    public var prior: String?
    /// Every backup this one references, by label.
    public var references: [String]
    /// The tool flagged an error (e.g. checksum) in this backup.
    public var error: Bool
    public var walStart: String?
    public var walStop: String?

    public init(label: String, type: BackupType, start: Date, stop: Date, sizeBytes: Int64? = nil, repositorySizeBytes: Int64? = nil, prior: String? = nil, references: [String] = [], error: Bool = false, walStart: String? = nil, walStop: String? = nil) {
        self.label = label
        self.type = type
        self.start = start
        self.stop = stop
        self.sizeBytes = sizeBytes
        self.repositorySizeBytes = repositorySizeBytes
        self.prior = prior
        self.references = references
        self.error = error
        self.walStart = walStart
        self.walStop = walStop
    }
}

/// The state of WAL archiving, from the backup tool and PostgreSQL's `pg_stat_archiver`.
public struct ArchiveState: Sendable, Hashable, Codable {
    /// Oldest and newest WAL segment in the repository.
    public var minWAL: String?
    public var maxWAL: String?
    public var lastArchivedWAL: String?
    public var lastArchivedTime: Date?
    /// Cumulative since the statistics were reset.
    public var failedCount: Int
    public var lastFailedWAL: String?
    public var lastFailedTime: Date?
    /// An archive error reported by the backup tool itself.
    public var toolError: String?

    public init(minWAL: String? = nil, maxWAL: String? = nil, lastArchivedWAL: String? = nil, lastArchivedTime: Date? = nil, failedCount: Int = 0, lastFailedWAL: String? = nil, lastFailedTime: Date? = nil, toolError: String? = nil) {
        self.minWAL = minWAL
        self.maxWAL = maxWAL
        self.lastArchivedWAL = lastArchivedWAL
        self.lastArchivedTime = lastArchivedTime
        self.failedCount = failedCount
        self.lastFailedWAL = lastFailedWAL
        self.lastFailedTime = lastFailedTime
        self.toolError = toolError
    }
}

/// A stanza's status as pgBackRest reports it (codes 0–6 and 99).
public struct StanzaStatus: Sendable, Hashable, Codable {
    public var code: Int
    public var message: String
    /// `lock.backup.held`: a backup is running now.
    public var backupInProgress: Bool
    public init(code: Int, message: String, backupInProgress: Bool = false) {
        self.code = code
        self.message = message
        self.backupInProgress = backupInProgress
    }
}

/// An environment's backup policy, from the estate's files.
public struct BackupPolicy: Sendable, Hashable, Codable {
    /// Human description of the schedule, e.g. "full Sun 01:00, diff daily, incr hourly".
    public var schedule: String
    /// Full backups to retain.
    public var fullRetention: Int
    public var encryptionRequired: Bool
    public var immutable: Bool
    public var offsiteCopy: Bool

    public init(schedule: String, fullRetention: Int, encryptionRequired: Bool = true, immutable: Bool = false, offsiteCopy: Bool = false) {
        self.schedule = schedule
        self.fullRetention = fullRetention
        self.encryptionRequired = encryptionRequired
        self.immutable = immutable
        self.offsiteCopy = offsiteCopy
    }
}

/// A non-database backup (Odoo filestore, configuration) beside the database.
public struct AuxiliaryBackup: Sendable, Hashable, Codable {
    public var kind: String
    public var lastSuccess: Date?
    public var lastAttempt: Date?
    public var succeeded: Bool
    public init(kind: String, lastSuccess: Date?, lastAttempt: Date?, succeeded: Bool) {
        self.kind = kind
        self.lastSuccess = lastSuccess
        self.lastAttempt = lastAttempt
        self.succeeded = succeeded
    }
}

/// Everything known about one environment's backups.
public struct EnvironmentBackups: Sendable, Hashable, Codable {
    public var environmentID: String
    public var stanza: String
    /// Nil when the backup tool's status is not known (no data).
    public var status: StanzaStatus?
    public var backups: [BackupSet]
    public var archive: ArchiveState?
    /// Repository cipher, e.g. `none`, `aes-256-cbc`.
    public var cipher: String?
    public var policy: BackupPolicy?
    public var auxiliary: [AuxiliaryBackup]
    /// When this information was read.
    public var observedAt: Date?

    public init(environmentID: String, stanza: String, status: StanzaStatus?, backups: [BackupSet], archive: ArchiveState?, cipher: String?, policy: BackupPolicy?, auxiliary: [AuxiliaryBackup] = [], observedAt: Date? = nil) {
        self.environmentID = environmentID
        self.stanza = stanza
        self.status = status
        self.backups = backups
        self.archive = archive
        self.cipher = cipher
        self.policy = policy
        self.auxiliary = auxiliary
        self.observedAt = observedAt
    }
}

/// A restore test, recorded by the team.
public struct RestoreTest: Sendable, Hashable, Codable {
    public var environmentID: String
    public var at: Date
    public var backupLabel: String
    /// Measured restore duration, seconds.
    public var duration: TimeInterval
    public var succeeded: Bool
    public var notes: String?
    public init(environmentID: String, at: Date, backupLabel: String, duration: TimeInterval, succeeded: Bool, notes: String? = nil) {
        self.environmentID = environmentID
        self.at = at
        self.backupLabel = backupLabel
        self.duration = duration
        self.succeeded = succeeded
        self.notes = notes
    }
}
