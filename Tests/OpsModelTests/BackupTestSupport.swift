import Foundation
@testable import OpsModel

/// Shared builders for backup verdict tests: a fixed clock and small, explicit backup sets.
enum BackupFixture {
    /// 2026-11-22T11:00:00Z, the clock all backup tests judge by.
    static let now = Date(timeIntervalSince1970: 1_795_345_200)

    /// An instant `seconds` before `now`.
    static func ago(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(-seconds) }

    /// A full backup stopping at `stop`.
    static func full(_ label: String, stop: Date, error: Bool = false, walStart: String? = nil, walStop: String? = nil) -> BackupSet {
        BackupSet(label: label, type: .full, start: stop.addingTimeInterval(-60), stop: stop, error: error, walStart: walStart, walStop: walStop)
    }

    /// A diff or incr backup on `prior`, referencing `references` (default: just the prior).
    static func dependent(_ label: String, _ type: BackupType, prior: String?, references: [String]? = nil, stop: Date, error: Bool = false, walStop: String? = nil) -> BackupSet {
        BackupSet(label: label, type: type, start: stop.addingTimeInterval(-30), stop: stop, prior: prior, references: references ?? prior.map { [$0] } ?? [], error: error, walStart: walStop, walStop: walStop)
    }

    /// A production policy that satisfies every protection check, so tests see only the rule under test.
    static let strictPolicy = BackupPolicy(schedule: "full Sun, diff daily, incr hourly", fullRetention: 1, encryptionRequired: true, immutable: true, offsiteCopy: true)

    /// Backups of environment `shop-prod` in a healthy repository unless told otherwise.
    static func environment(
        _ sets: [BackupSet], status: StanzaStatus? = StanzaStatus(code: 0, message: "ok"), archive: ArchiveState? = nil,
        cipher: String? = "aes-256-cbc", policy: BackupPolicy? = strictPolicy, auxiliary: [AuxiliaryBackup] = []
    ) -> EnvironmentBackups {
        EnvironmentBackups(environmentID: "shop-prod", stanza: "odoo", status: status, backups: sets, archive: archive, cipher: cipher, policy: policy, auxiliary: auxiliary)
    }

    /// A successful restore test `age` seconds ago taking `duration` seconds.
    static func restoreTest(age: TimeInterval, duration: TimeInterval = 1200, succeeded: Bool = true, environment: String = "shop-prod") -> RestoreTest {
        RestoreTest(environmentID: environment, at: ago(age), backupLabel: "20261101-010000F", duration: duration, succeeded: succeeded)
    }

    static let core = TierPolicy.standard(.coreProduction)
    static let nonProduction = TierPolicy.standard(.nonProduction)
    static let freshTest = [restoreTest(age: 86_400)]
}
