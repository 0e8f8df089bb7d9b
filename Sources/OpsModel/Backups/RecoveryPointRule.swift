import Foundation

/// Where the environment can be restored to, and how much data that would lose against the RPO.
enum RecoveryPointRule {
    /// Rule name of the recovery point reason.
    static let rule = "backup.rpo"

    /// The recovery point and whether it came from the WAL archive.
    struct Point {
        var date: Date
        var fromArchive: Bool
        var backup: BackupSet
    }

    /// The newest good backup's stop, or the last archived WAL time where archiving is continuous since it.
    static func point(_ chain: BackupChain, archive: ArchiveState?) -> Point? {
        guard let newest = chain.newestGood else { return nil }
        if ArchiveRule.isContinuous(from: newest, archive: archive), let archived = archive?.lastArchivedTime {
            return Point(date: archived, fromArchive: true, backup: newest)
        }
        return Point(date: newest.stop, fromArchive: false, backup: newest)
    }

    /// Stop of the oldest good backup whose WAL the repository still holds; without one, the newest good stop.
    static func oldestRestorable(_ chain: BackupChain, archive: ArchiveState?) -> Date? {
        let good = chain.good
        return (good.first { ArchiveRule.holdsWAL(from: $0, archive: archive) } ?? good.last)?.stop
    }

    /// `ok` below 75 % of the RPO, `warn` from 75 % up to and including the RPO, `crit` past it.
    static func status(exposure: TimeInterval, rpo: TimeInterval) -> Status {
        if exposure < 0.75 * rpo { return .ok }
        if exposure <= rpo { return .warn }
        return .crit
    }

    /// The recovery point reason; `crit` with no good backup, nothing when there is no data to judge.
    static func reasons(_ point: Point?, chain: BackupChain, statusKnown: Bool, rpo: TimeInterval, now: Date) -> [Reason] {
        guard let point else {
            let rpoData = ["rpo_seconds": BackupWording.seconds(rpo)]
            if chain.backups.isEmpty {
                // An unknown tool status with an empty list is missing data, not proof of no backup.
                guard statusKnown else { return [] }
                return [Reason(rule: rule, status: .crit, message: "no backup at all: nothing to restore", data: rpoData)]
            }
            let count = chain.backups.count
            return [Reason(rule: rule, status: .crit, message: "no restorable backup: \(count) retained, none good", data: rpoData.merging(["retained": String(count)]) { $1 })]
        }
        let exposure = now.timeIntervalSince(point.date)
        // Written when read: every environment has this reason, and a screen shows a few.
        return [Reason(rule: rule, status: status(exposure: exposure, rpo: rpo)) {
            let source = point.fromArchive ? "last archived WAL after \(point.backup.displayName)" : "stop of \(point.backup.displayName)"
            let message = "recovery point \(BackupWording.instant(point.date, now: now)), \(BackupWording.duration(exposure)) ago, RPO \(BackupWording.duration(rpo)) (\(source))"
            let data = [
                "rpo_seconds": BackupWording.seconds(rpo),
                "recovery_point": BackupWording.iso(point.date),
                "exposure_seconds": BackupWording.seconds(exposure),
                "source": point.fromArchive ? "wal-archive" : "backup",
                "backup": point.backup.label,
            ]
            return (message, data)
        }]
    }
}
