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
            let finding = Finding(backup, limit: limit, now: now)
            // Written when read: the sentences of every environment's auxiliary backups were a
            // tenth of a large estate's overview, and a screen shows a few.
            return Reason(rule: "backup.\(backup.kind.lowercased())", status: finding.status) { text(finding, backup, limit: limit, now: now) }
        }
    }

    /// What an auxiliary backup's record says, judged once for the status and the words.
    private enum Finding {
        case failed
        case neverBackedUp
        case late(age: TimeInterval)
        case recent(success: Date, age: TimeInterval)

        init(_ backup: AuxiliaryBackup, limit: TimeInterval, now: Date) {
            guard backup.succeeded else {
                self = .failed
                return
            }
            guard let success = backup.lastSuccess else {
                self = .neverBackedUp
                return
            }
            let age = now.timeIntervalSince(success)
            self = age > limit ? .late(age: age) : .recent(success: success, age: age)
        }

        var status: Status {
            if case .recent = self { return .ok }
            return .warn
        }
    }

    /// The sentence and data of one auxiliary backup's reason.
    private static func text(_ finding: Finding, _ backup: AuxiliaryBackup, limit: TimeInterval, now: Date) -> (message: String, data: [String: String]) {
        var data = ["kind": backup.kind, "limit_seconds": BackupWording.seconds(limit)]
        if let success = backup.lastSuccess { data["last_success"] = BackupWording.iso(success) }
        if let attempt = backup.lastAttempt { data["last_attempt"] = BackupWording.iso(attempt) }
        switch finding {
        case .failed:
            let when = backup.lastAttempt.map { " at \(BackupWording.instant($0, now: now))" } ?? ""
            let lastGood = backup.lastSuccess.map { "last success \(BackupWording.instant($0, now: now))" } ?? "never succeeded"
            return ("\(backup.kind) backup failed\(when) (\(lastGood))", data)
        case .neverBackedUp:
            return ("\(backup.kind) never backed up", data)
        case .late(let age):
            return ("\(backup.kind) backup \(BackupWording.duration(age)) old (limit \(BackupWording.duration(limit)))", data)
        case .recent(let success, let age):
            return ("\(backup.kind) backed up \(BackupWording.instant(success, now: now)), \(BackupWording.duration(age)) ago", data)
        }
    }
}
