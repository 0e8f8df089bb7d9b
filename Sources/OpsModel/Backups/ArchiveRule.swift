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
        guard let archive else { return [] }
        var data: [String: String] = ["failed_count": String(archive.failedCount)]
        if let time = archive.lastArchivedTime { data["last_archived_time"] = BackupWording.iso(time) }
        if let wal = archive.lastArchivedWAL { data["last_archived_wal"] = wal }
        if let time = archive.lastFailedTime { data["last_failed_time"] = BackupWording.iso(time) }
        if let wal = archive.lastFailedWAL { data["last_failed_wal"] = wal }
        if let maxWAL = archive.maxWAL { data["max_wal"] = maxWAL }
        if let error = archive.toolError { data["tool_error"] = error }

        if let error = archive.toolError {
            return [Reason(rule: rule, status: .crit, message: "archiving failing: pgBackRest reports \(error)", data: data)]
        }
        // failed_count is cumulative since the statistics reset, so it is quoted as such, never as a rate.
        let failures = archive.failedCount == 1 ? "1 failure" : "\(archive.failedCount) failures"
        if isBroken(archive), let failed = archive.lastFailedTime {
            let lastFailure = "last failed \(archive.lastFailedWAL ?? "segment") at \(BackupWording.instant(failed, now: now))"
            let message: String
            if let archived = archive.lastArchivedTime {
                message = "archiving failing since \(BackupWording.instant(archived, now: now)) (\(failures) since stats reset; \(lastFailure))"
            } else {
                message = "archiving failing: nothing archived since stats reset (\(failures); \(lastFailure))"
            }
            return [Reason(rule: rule, status: .crit, message: message, data: data)]
        }
        guard let archived = archive.lastArchivedTime else {
            // Repository bounds without PostgreSQL's archiver statistics: nothing to judge archiving by.
            return []
        }
        var message = "archiving working: \(archive.lastArchivedWAL ?? "last segment") archived at \(BackupWording.instant(archived, now: now))"
        if let failed = archive.lastFailedTime {
            message += "; recovered from \(failures) (last at \(BackupWording.instant(failed, now: now)))"
        }
        return [Reason(rule: rule, status: .ok, message: message, data: data)]
    }
}
