import Foundation

/// Judges the team's restore tests: recent enough for the tier, and fast enough for the RTO.
enum RestoreTestRule {
    /// Rule of the restore-test interval reason.
    static let rule = "backup.restore-test"
    /// Rule of the measured-duration reason.
    static let rtoRule = "backup.rto"

    /// The newest test, whatever its result.
    static func latest(_ tests: [RestoreTest]) -> RestoreTest? {
        tests.max { $0.at < $1.at }
    }

    /// Interval reasons where the tier requires tests; a duration reason wherever a successful test exists.
    static func reasons(_ tests: [RestoreTest], policy: TierPolicy, now: Date) -> [Reason] {
        let lastSuccess = latest(tests.filter(\.succeeded))
        var reasons: [Reason] = []
        if let interval = policy.restoreTestInterval {
            let intervalData = ["interval_seconds": BackupWording.seconds(interval)]
            if tests.isEmpty {
                reasons.append(Reason(rule: rule, status: .crit, message: "restore never tested", data: intervalData))
            } else if let success = lastSuccess {
                let age = now.timeIntervalSince(success.at)
                // Written when read: most environments have this reason, and a screen shows a few.
                reasons.append(Reason(rule: rule, status: age > interval ? .warn : .ok) {
                    let data = intervalData.merging(["last_success": BackupWording.iso(success.at), "age_seconds": BackupWording.seconds(age), "backup": success.backupLabel]) { $1 }
                    let when = "\(BackupWording.instant(success.at, now: now)), \(BackupWording.duration(age)) ago"
                    if age > interval {
                        return ("last successful restore test \(when); due every \(BackupWording.duration(interval))", data)
                    }
                    return ("restore tested \(when) (due every \(BackupWording.duration(interval)))", data)
                })
            } else if let attempt = latest(tests) {
                // Tested but never successfully: semantics.md reserves crit for "never tested".
                let data = intervalData.merging(["last_attempt": BackupWording.iso(attempt.at), "attempts": String(tests.count)]) { $1 }
                reasons.append(Reason(rule: rule, status: .warn, message: "no successful restore test: \(tests.count == 1 ? "the only attempt" : "all \(tests.count) attempts") failed, last \(BackupWording.instant(attempt.at, now: now))", data: data))
            }
        }
        if let success = lastSuccess {
            let rto = policy.rto
            reasons.append(Reason(rule: rtoRule, status: success.duration > rto ? .warn : .ok) {
                let data = ["duration_seconds": BackupWording.seconds(success.duration), "rto_seconds": BackupWording.seconds(rto), "tested_at": BackupWording.iso(success.at)]
                return ("restore took \(BackupWording.duration(success.duration)) on \(BackupWording.instant(success.at, now: now)), RTO \(BackupWording.duration(rto))", data)
            })
        }
        return reasons
    }
}
