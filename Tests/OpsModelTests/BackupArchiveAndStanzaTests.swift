import Foundation
import Testing
@testable import OpsModel

/// Archiving failures, running backups and pgBackRest's stanza status codes.
@Suite struct BackupArchiveAndStanzaTests {
    typealias F = BackupFixture

    private let freshFull = F.full("20261122-105800F", stop: F.ago(120), walStart: "000000010000000000000010", walStop: "000000010000000000000010")

    @Test func brokenArchivingIsCritEvenWithAFreshBackup() {
        let archive = ArchiveState(
            minWAL: "000000010000000000000001", maxWAL: "000000010000000000000010",
            lastArchivedWAL: "000000010000000000000010", lastArchivedTime: F.ago(9 * 60),
            failedCount: 9, lastFailedWAL: "000000010000000000000011", lastFailedTime: F.ago(60)
        )
        let verdict = BackupAssessment.assess(F.environment([freshFull], archive: archive), restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.archiveBroken)
        #expect(verdict.status == .crit)
        // A broken archive is not continuous: the recovery point stays at the backup stop.
        #expect(verdict.recoveryPoint == F.ago(120))
        #expect(verdict.reasons(rule: "backup.rpo").first?.status == .ok)
        let reason = verdict.reasons(rule: "backup.archive").first
        #expect(reason?.status == .crit)
        #expect(reason?.message == "archiving failing since 10:51 UTC (9 failures since stats reset; last failed 000000010000000000000011 at 10:59 UTC)")
        #expect(reason?.data["failed_count"] == "9")
        #expect(verdict.reasons.first?.rule == "backup.archive")
    }

    @Test func failuresBeforeTheLastSuccessAreNotBroken() {
        let archive = ArchiveState(maxWAL: "000000010000000000000012", lastArchivedWAL: "000000010000000000000012", lastArchivedTime: F.ago(30), failedCount: 3, lastFailedTime: F.ago(600))
        let verdict = BackupAssessment.assess(F.environment([freshFull], archive: archive), restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(!verdict.archiveBroken)
        #expect(verdict.recoveryPoint == F.ago(30))
        #expect(verdict.reasons(rule: "backup.archive").first?.status == .ok)
        #expect(verdict.status == .ok)
    }

    @Test func failureWithNothingEverArchivedIsBroken() {
        let archive = ArchiveState(failedCount: 1, lastFailedWAL: "000000010000000000000001", lastFailedTime: F.ago(60))
        let verdict = BackupAssessment.assess(F.environment([freshFull], archive: archive), restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.archiveBroken)
        #expect(verdict.reasons(rule: "backup.archive").first?.message.hasPrefix("archiving failing: nothing archived since stats reset (1 failure") == true)
    }

    @Test func toolReportedArchiveErrorIsCrit() {
        let archive = ArchiveState(lastArchivedTime: F.ago(10), toolError: "[082]: WAL segment 000000010000000000000011 was not archived before the 60000ms timeout")
        let verdict = BackupAssessment.assess(F.environment([freshFull], archive: archive), restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.archiveBroken)
        #expect(verdict.status == .crit)
    }

    @Test func runningBackupIsInProgressNotFailed() {
        let status = StanzaStatus(code: 0, message: "ok", backupInProgress: true)
        let verdict = BackupAssessment.assess(F.environment([freshFull], status: status), restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.inProgress)
        #expect(verdict.status == .ok)
        #expect(verdict.reasons(rule: "backup.in-progress").first?.status == .ok)
        #expect(verdict.reasons(rule: "backup.stanza").isEmpty)
    }

    @Test func firstBackupRunningOnAnEmptyStanzaIsStillNoBackup() {
        let status = StanzaStatus(code: 2, message: "no valid backups", backupInProgress: true)
        let verdict = BackupAssessment.assess(F.environment([], status: status), restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.inProgress)
        #expect(verdict.status == .crit)
        #expect(verdict.reasons(rule: "backup.stanza").first?.message == "no backup at all (pgBackRest: no valid backups); first backup running now")
    }

    @Test(arguments: [
        (1, "missing stanza path", Status.crit),
        (2, "no valid backups", Status.crit),
        (3, "missing stanza data", Status.crit),
        (4, "different across repos", Status.warn),
        (5, "database mismatch across repos", Status.crit),
        (6, "requested backup not found", Status.unknown),
        (99, "other", Status.crit),
        (42, "something new", Status.unknown),
    ])
    func everyNonZeroStanzaCodeBecomesAReasonInTheToolsWords(code: Int, message: String, expected: Status) {
        let status = StanzaStatus(code: code, message: message)
        let verdict = BackupAssessment.assess(F.environment([freshFull], status: status), restoreTests: F.freshTest, policy: F.core, now: F.now)
        let reason = verdict.reasons(rule: "backup.stanza").first
        #expect(reason?.status == expected)
        #expect(reason?.message.contains("pgBackRest: \(message)") == true)
        #expect(reason?.data["code"] == String(code))
        #expect(verdict.status == expected)
    }

    @Test func stanzaCodeZeroAddsNoReason() {
        let verdict = BackupAssessment.assess(F.environment([freshFull]), restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.reasons(rule: "backup.stanza").isEmpty)
        #expect(verdict.status == .ok)
    }
}
