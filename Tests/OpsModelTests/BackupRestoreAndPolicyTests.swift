import Foundation
import Testing
@testable import OpsModel

/// Restore tests, protection policy (production only) and auxiliary backups.
@Suite struct BackupRestoreAndPolicyTests {
    typealias F = BackupFixture

    private let fresh = F.environment([F.full("20261122-105800F", stop: F.ago(120))])

    private func verdict(_ tests: [RestoreTest], policy: TierPolicy = F.core, backups: EnvironmentBackups? = nil) -> BackupVerdict {
        BackupAssessment.assess(backups ?? fresh, restoreTests: tests, policy: policy, now: F.now)
    }

    @Test func neverTestedIsCrit() {
        let result = verdict([])
        #expect(result.status == .crit)
        #expect(result.reasons(rule: "backup.restore-test").first?.message == "restore never tested")
        #expect(result.lastRestoreTest == nil)
    }

    @Test func testWithinTheIntervalIsOkAndAtTheIntervalStillOk() {
        #expect(verdict([F.restoreTest(age: 10 * 86_400)]).reasons(rule: "backup.restore-test").first?.status == .ok)
        #expect(verdict([F.restoreTest(age: 30 * 86_400)]).reasons(rule: "backup.restore-test").first?.status == .ok)
    }

    @Test func oldTestIsWarn() {
        let result = verdict([F.restoreTest(age: 30 * 86_400 + 1)])
        let reason = result.reasons(rule: "backup.restore-test").first
        #expect(reason?.status == .warn)
        #expect(reason?.message == "last successful restore test 2026-10-23 10:59 UTC, 30 d ago; due every 30 d")
        #expect(result.status == .warn)
    }

    @Test func onlyFailedTestsAreWarnNotNeverTested() {
        let result = verdict([F.restoreTest(age: 86_400, succeeded: false), F.restoreTest(age: 2 * 86_400, succeeded: false)])
        #expect(result.reasons(rule: "backup.restore-test").first?.status == .warn)
        #expect(result.reasons(rule: "backup.rto").isEmpty)
        #expect(result.lastRestoreTest?.at == F.ago(86_400))
    }

    @Test func recentFailureAfterAnOlderSuccessUsesTheSuccess() {
        let result = verdict([F.restoreTest(age: 86_400, succeeded: false), F.restoreTest(age: 5 * 86_400)])
        #expect(result.reasons(rule: "backup.restore-test").first?.status == .ok)
        #expect(result.lastRestoreTest?.succeeded == false)
    }

    @Test func slowRestoreBeyondTheRTOIsWarn() {
        let slow = verdict([F.restoreTest(age: 86_400, duration: 3601)])
        let exact = verdict([F.restoreTest(age: 86_400, duration: 3600)])
        #expect(slow.reasons(rule: "backup.rto").first?.status == .warn)
        #expect(slow.reasons(rule: "backup.rto").first?.message == "restore took 1 h on 2026-11-21 11:00 UTC, RTO 1 h")
        #expect(slow.status == .warn)
        #expect(exact.reasons(rule: "backup.rto").first?.status == .ok)
    }

    @Test func otherEnvironmentsTestsDoNotCount() {
        let result = verdict([F.restoreTest(age: 86_400, environment: "other-prod")])
        #expect(result.reasons(rule: "backup.restore-test").first?.message == "restore never tested")
    }

    @Test func nonProductionNeedsNoRestoreTest() {
        let result = verdict([], policy: F.nonProduction)
        #expect(result.reasons(rule: "backup.restore-test").isEmpty)
        #expect(result.status == .ok)
    }

    @Test func nonProductionStillWarnsOnARestoreSlowerThanItsRTO() {
        let result = verdict([F.restoreTest(age: 86_400, duration: 25 * 3600)], policy: F.nonProduction)
        #expect(result.reasons(rule: "backup.rto").first?.status == .warn)
    }

    @Test func productionProtectionShortfallsWarnEachWithItsReason() {
        let lax = BackupPolicy(schedule: "daily", fullRetention: 2, encryptionRequired: true, immutable: false, offsiteCopy: false)
        let backups = F.environment([F.full("20261122-105800F", stop: F.ago(120))], cipher: "none", policy: lax)
        let result = verdict(F.freshTest, backups: backups)
        #expect(result.status == .warn)
        #expect(result.reasons(rule: "backup.retention").first?.message == "1 full backup retained, policy keeps 2")
        #expect(result.reasons(rule: "backup.encryption").first?.message == "backups not encrypted (repository cipher none)")
        #expect(result.reasons(rule: "backup.immutability").first?.status == .warn)
        #expect(result.reasons(rule: "backup.offsite").first?.status == .warn)
    }

    @Test func protectionChecksDoNotApplyOutsideProduction() {
        let lax = BackupPolicy(schedule: "daily", fullRetention: 2, encryptionRequired: true, immutable: false, offsiteCopy: false)
        let backups = F.environment([F.full("20261122-105800F", stop: F.ago(120))], cipher: "none", policy: lax)
        let result = verdict([], policy: F.nonProduction, backups: backups)
        #expect(result.status == .ok)
        for rule in ["backup.retention", "backup.encryption", "backup.immutability", "backup.offsite"] {
            #expect(result.reasons(rule: rule).isEmpty)
        }
    }

    @Test func unencryptedIsFineWhenThePolicyDoesNotRequireIt() {
        var policy = F.strictPolicy
        policy.encryptionRequired = false
        let backups = F.environment([F.full("20261122-105800F", stop: F.ago(120))], cipher: "none", policy: policy)
        #expect(verdict(F.freshTest, backups: backups).reasons(rule: "backup.encryption").isEmpty)
    }

    @Test func productionWithoutADeclaredPolicyWarns() {
        let backups = F.environment([F.full("20261122-105800F", stop: F.ago(120))], policy: nil)
        let result = verdict(F.freshTest, backups: backups)
        #expect(result.reasons(rule: "backup.policy").first?.status == .warn)
    }

    @Test func auxiliaryBackupsWarnWhenFailedMissingOrLate() {
        let day: TimeInterval = 86_400
        let auxiliary = [
            AuxiliaryBackup(kind: "filestore", lastSuccess: F.ago(25 * 3600), lastAttempt: F.ago(25 * 3600), succeeded: true),
            AuxiliaryBackup(kind: "config", lastSuccess: F.ago(day + 2 * 3600 + 1), lastAttempt: F.ago(day + 2 * 3600 + 1), succeeded: true),
            AuxiliaryBackup(kind: "attachments", lastSuccess: F.ago(3 * day), lastAttempt: F.ago(3600), succeeded: false),
            AuxiliaryBackup(kind: "reports", lastSuccess: nil, lastAttempt: nil, succeeded: true),
        ]
        let backups = F.environment([F.full("20261122-105800F", stop: F.ago(120))], auxiliary: auxiliary)
        let result = verdict(F.freshTest, backups: backups)
        #expect(result.reasons(rule: "backup.filestore").first?.status == .ok)
        #expect(result.reasons(rule: "backup.config").first?.message == "config backup 1 d 2 h old (limit 1 d 2 h)")
        #expect(result.reasons(rule: "backup.config").first?.status == .warn)
        #expect(result.reasons(rule: "backup.attachments").first?.message == "attachments backup failed at 10:00 UTC (last success 2026-11-19 11:00 UTC)")
        #expect(result.reasons(rule: "backup.reports").first?.message == "reports never backed up")
        #expect(result.status == .warn)
    }

    @Test func auxiliaryLimitIsADayPlusSlackOrTheRPOIfLonger() {
        #expect(AuxiliaryBackupRule.limit(rpo: 900) == 26 * 3600)
        #expect(AuxiliaryBackupRule.limit(rpo: 48 * 3600) == 50 * 3600)
    }

    @Test func statusIsTheRollUpAndReasonsComeWorstFirst() {
        let backups = F.environment([F.full("20261122-105800F", stop: F.ago(120))], cipher: "none")
        let result = verdict([], backups: backups)
        #expect(result.status == Status.rollUp(result.reasons.map(\.status)))
        #expect(result.reasons.first?.status == .crit)
        let severities = result.reasons.map(\.status.severity)
        #expect(severities == severities.sorted(by: >))
    }

    @Test func wordingOfDurations() {
        #expect(BackupWording.duration(45) == "45 s")
        #expect(BackupWording.duration(18 * 60 + 59) == "18 min")
        #expect(BackupWording.duration(2 * 3600 + 5 * 60) == "2 h 5 min")
        #expect(BackupWording.duration(3600) == "1 h")
        #expect(BackupWording.duration(3 * 86_400 + 4 * 3600) == "3 d 4 h")
        #expect(BackupWording.duration(-5) == "0 s")
        #expect(BackupWording.iso(F.now) == "2026-11-22T11:00:00Z")
        #expect(BackupWording.instant(F.ago(86_400 * 366), now: F.now) == "2025-11-21 11:00 UTC")
    }

    @Test func verdictRoundTripsThroughJSON() throws {
        let result = verdict(F.freshTest)
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(BackupVerdict.self, from: data) == result)
    }
}
