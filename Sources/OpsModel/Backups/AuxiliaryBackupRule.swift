import Foundation

/// Judges the backups beside the database (Odoo filestore, configuration).
enum AuxiliaryBackupRule {
    /// Slack over a daily schedule for the job's own run time and scheduling jitter.
    static let slack: TimeInterval = 2 * 3600

    /// How old an auxiliary backup may get: a daily job plus slack, never tighter than the RPO.
    ///
    /// Filestore and configuration backups are file snapshots that usually run once a day, so
    /// holding them to a 15-minute database RPO would always warn; a day (or the RPO, if longer)
    /// plus two hours catches a missed run without crying wolf.
    static func limit(rpo: TimeInterval) -> TimeInterval {
        max(rpo, 86_400) + slack
    }

    /// `warn` for a failed, missing or late auxiliary backup; `ok` otherwise. Rule `backup.<kind>`.
    static func reasons(_ auxiliary: [AuxiliaryBackup], rpo: TimeInterval, now: Date) -> [Reason] {
        let limit = limit(rpo: rpo)
        return auxiliary.map { backup in
            let rule = "backup.\(backup.kind.lowercased())"
            let isLate = backup.lastSuccess.map { now.timeIntervalSince($0) > limit } ?? true
            let status: Status = (!backup.succeeded || isLate) ? .warn : .ok
            // Written when read: the sentences of every environment's auxiliary backups were a
            // tenth of a large estate's overview, and a screen shows a few.
            return Reason(rule: rule, status: status) { text(backup, limit: limit, now: now) }
        }
    }

    /// The sentence and data of one auxiliary backup's reason.
    private static func text(_ backup: AuxiliaryBackup, limit: TimeInterval, now: Date) -> (message: String, data: [String: String]) {
        var data = ["kind": backup.kind, "limit_seconds": BackupWording.seconds(limit)]
        if let success = backup.lastSuccess { data["last_success"] = BackupWording.iso(success) }
        if let attempt = backup.lastAttempt { data["last_attempt"] = BackupWording.iso(attempt) }
        let lastGood = backup.lastSuccess.map { "last success \(BackupWording.instant($0, now: now))" } ?? "never succeeded"
        if !backup.succeeded {
            let when = backup.lastAttempt.map { " at \(BackupWording.instant($0, now: now))" } ?? ""
            return ("\(backup.kind) backup failed\(when) (\(lastGood))", data)
        }
        guard let success = backup.lastSuccess else {
            return ("\(backup.kind) never backed up", data)
        }
        let age = now.timeIntervalSince(success)
        if age > limit {
            return ("\(backup.kind) backup \(BackupWording.duration(age)) old (limit \(BackupWording.duration(limit)))", data)
        }
        return ("\(backup.kind) backed up \(BackupWording.instant(success, now: now)), \(BackupWording.duration(age)) ago", data)
    }
}
