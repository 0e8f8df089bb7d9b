import Foundation

/// Judges WAL archiving and whether it runs continuously from a backup.
enum ArchiveRule {
    /// The rule name of archiving reasons.
    static let rule = "backup.archive"

    /// Broken when the last failure is later than the last success (or nothing succeeded since the
    /// statistics reset), or when the backup tool itself reports an archive error.
    static func isBroken(_ archive: ArchiveState?) -> Bool {
        guard let archive else { return false }
        if archive.toolError != nil { return true }
        guard let failed = archive.lastFailedTime else { return false }
        guard let archived = archive.lastArchivedTime else { return true }
        return failed > archived
    }

    /// WAL is continuous from a backup to the last archived segment: archiving healthy, something
    /// archived after the backup stopped, and the repository holding WAL up to at least the backup's stop segment.
    static func isContinuous(from backup: BackupSet, archive: ArchiveState?) -> Bool {
        guard let archive, !isBroken(archive),
              let archived = archive.lastArchivedTime, archived > backup.stop,
              let stopWAL = backup.walStop.flatMap(WALSegmentName.init),
              let maxWAL = archive.maxWAL.flatMap(WALSegmentName.init)
        else { return false }
        return maxWAL >= stopWAL
    }

    /// The repository still holds the WAL from a backup's start onwards (so point-in-time recovery can begin there).
    /// Unknown bounds count as held: pgBackRest's expire always keeps the WAL a retained backup needs.
    static func holdsWAL(from backup: BackupSet, archive: ArchiveState?) -> Bool {
        guard let minWAL = archive?.minWAL.flatMap(WALSegmentName.init),
              let startWAL = backup.walStart.flatMap(WALSegmentName.init)
        else { return true }
        return minWAL <= startWAL
    }

    /// The archiving reason: `crit` when broken, else an `ok` line naming the last archived segment.
    static func reasons(_ archive: ArchiveState?, now: Date) -> [Reason] {
        guard let archive, let finding = Finding(archive) else { return [] }
        // Written when read: every environment has this reason, and a screen shows a few.
        return [Reason(rule: rule, status: finding.status) { text(finding, archive, now: now) }]
    }

    /// What the archiving state says, judged once for the status and the words.
    private enum Finding {
        case toolError(String)
        case failing(lastFailed: Date)
        case working(lastArchived: Date)

        /// Nil for repository bounds without PostgreSQL's archiver statistics: nothing to judge archiving by.
        init?(_ archive: ArchiveState) {
            if let error = archive.toolError {
                self = .toolError(error)
            } else if isBroken(archive), let failed = archive.lastFailedTime {
                self = .failing(lastFailed: failed)
            } else if let archived = archive.lastArchivedTime {
                self = .working(lastArchived: archived)
            } else {
                return nil
            }
        }

        var status: Status {
            if case .working = self { return .ok }
            return .crit
        }
    }

    /// The sentence and data of the archiving reason.
    private static func text(_ finding: Finding, _ archive: ArchiveState, now: Date) -> (message: String, data: [String: String]) {
        var data: [String: String] = ["failed_count": String(archive.failedCount)]
        if let time = archive.lastArchivedTime { data["last_archived_time"] = BackupWording.iso(time) }
        if let wal = archive.lastArchivedWAL { data["last_archived_wal"] = wal }
        if let time = archive.lastFailedTime { data["last_failed_time"] = BackupWording.iso(time) }
        if let wal = archive.lastFailedWAL { data["last_failed_wal"] = wal }
        if let maxWAL = archive.maxWAL { data["max_wal"] = maxWAL }
        if let error = archive.toolError { data["tool_error"] = error }
        // failed_count is cumulative since the statistics reset, so it is quoted as such, never as a rate.
        let failures = archive.failedCount == 1 ? "1 failure" : "\(archive.failedCount) failures"
        switch finding {
        case .toolError(let error):
            return ("archiving failing: pgBackRest reports \(error)", data)
        case .failing(let failed):
            let lastFailure = "last failed \(archive.lastFailedWAL ?? "segment") at \(BackupWording.instant(failed, now: now))"
            if let archived = archive.lastArchivedTime {
                return ("archiving failing since \(BackupWording.instant(archived, now: now)) (\(failures) since stats reset; \(lastFailure))", data)
            }
            return ("archiving failing: nothing archived since stats reset (\(failures); \(lastFailure))", data)
        case .working(let archived):
            var message = "archiving working: \(archive.lastArchivedWAL ?? "last segment") archived at \(BackupWording.instant(archived, now: now))"
            if let failed = archive.lastFailedTime {
                message += "; recovered from \(failures) (last at \(BackupWording.instant(failed, now: now)))"
            }
            return (message, data)
        }
    }
}
