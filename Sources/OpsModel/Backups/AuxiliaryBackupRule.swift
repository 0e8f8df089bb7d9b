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
            var data = ["kind": backup.kind, "limit_seconds": BackupWording.seconds(limit)]
            if let success = backup.lastSuccess { data["last_success"] = BackupWording.iso(success) }
            if let attempt = backup.lastAttempt { data["last_attempt"] = BackupWording.iso(attempt) }
            let lastGood = backup.lastSuccess.map { "last success \(BackupWording.instant($0, now: now))" } ?? "never succeeded"
            if !backup.succeeded {
                let when = backup.lastAttempt.map { " at \(BackupWording.instant($0, now: now))" } ?? ""
                return Reason(rule: rule, status: .warn, message: "\(backup.kind) backup failed\(when) (\(lastGood))", data: data)
            }
            guard let success = backup.lastSuccess else {
                return Reason(rule: rule, status: .warn, message: "\(backup.kind) never backed up", data: data)
            }
            let age = now.timeIntervalSince(success)
            if age > limit {
                return Reason(rule: rule, status: .warn, message: "\(backup.kind) backup \(BackupWording.duration(age)) old (limit \(BackupWording.duration(limit)))", data: data)
            }
            return Reason(rule: rule, status: .ok, message: "\(backup.kind) backed up \(BackupWording.instant(success, now: now)), \(BackupWording.duration(age)) ago", data: data)
        }
    }
}
