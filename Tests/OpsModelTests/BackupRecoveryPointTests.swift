import Foundation
import Testing
@testable import OpsModel

/// Recovery point and exposure against the RPO, at the edges semantics.md names.
@Suite struct BackupRecoveryPointTests {
    typealias F = BackupFixture

    private func rpoStatus(exposure: TimeInterval, policy: TierPolicy = F.core) -> Status? {
        let backups = F.environment([F.full("20261122-100000F", stop: F.ago(exposure))])
        let verdict = BackupAssessment.assess(backups, restoreTests: F.freshTest, policy: policy, now: F.now)
        return verdict.reasons(rule: "backup.rpo").first?.status
    }

    @Test func okJustBelowThreeQuartersOfRPO() {
        #expect(rpoStatus(exposure: 674) == .ok)
        #expect(rpoStatus(exposure: 674.999) == .ok)
    }

    @Test func warnAtExactlyThreeQuartersOfRPO() {
        #expect(rpoStatus(exposure: 675) == .warn)
    }

    @Test func warnAtExactlyTheRPO() {
        #expect(rpoStatus(exposure: 900) == .warn)
    }

    @Test func critOneSecondPastTheRPO() {
        #expect(rpoStatus(exposure: 901) == .crit)
    }

    @Test func nonProductionEdgesScaleWithItsRPO() {
        #expect(rpoStatus(exposure: 18 * 3600 - 1, policy: F.nonProduction) == .ok)
        #expect(rpoStatus(exposure: 18 * 3600, policy: F.nonProduction) == .warn)
        #expect(rpoStatus(exposure: 24 * 3600, policy: F.nonProduction) == .warn)
        #expect(rpoStatus(exposure: 24 * 3600 + 1, policy: F.nonProduction) == .crit)
    }

    @Test func exposureAndMessageNameTheData() {
        let backups = F.environment([F.full("20261122-104200F", stop: F.ago(18 * 60))])
        let verdict = BackupAssessment.assess(backups, restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.recoveryPoint == F.ago(18 * 60))
        #expect(verdict.exposure == TimeInterval(18 * 60))
        #expect(verdict.rpo == 900)
        #expect(verdict.status == .crit)
        let reason = verdict.reasons(rule: "backup.rpo").first
        #expect(reason?.message == "recovery point 10:42 UTC, 18 min ago, RPO 15 min (stop of full 20261122-104200F)")
        #expect(reason?.data["exposure_seconds"] == "1080")
        #expect(reason?.data["source"] == "backup")
    }

    @Test func continuousArchivingMovesTheRecoveryPointToTheLastArchivedWAL() {
        let full = F.full("20261122-090000F", stop: F.ago(2 * 3600), walStart: "000000010000000000000003", walStop: "000000010000000000000003")
        let archive = ArchiveState(minWAL: "000000010000000000000001", maxWAL: "000000010000000000000010", lastArchivedWAL: "000000010000000000000010", lastArchivedTime: F.ago(120))
        let verdict = BackupAssessment.assess(F.environment([full], archive: archive), restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.recoveryPoint == F.ago(120))
        #expect(verdict.exposure == 120)
        #expect(verdict.reasons(rule: "backup.rpo").first?.status == .ok)
        #expect(verdict.reasons(rule: "backup.rpo").first?.data["source"] == "wal-archive")
        #expect(verdict.status == .ok)
    }

    @Test func repositoryWALBehindTheBackupStopIsNotContinuous() {
        let full = F.full("20261122-090000F", stop: F.ago(2 * 3600), walStart: "000000010000000000000010", walStop: "000000010000000000000011")
        let archive = ArchiveState(minWAL: "000000010000000000000001", maxWAL: "000000010000000000000010", lastArchivedTime: F.ago(120))
        let verdict = BackupAssessment.assess(F.environment([full], archive: archive), restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.recoveryPoint == F.ago(2 * 3600))
    }

    @Test func archiveOlderThanTheBackupLeavesTheBackupStop() {
        let full = F.full("20261122-105000F", stop: F.ago(600), walStop: "000000010000000000000010")
        let archive = ArchiveState(maxWAL: "000000010000000000000010", lastArchivedTime: F.ago(700))
        let verdict = BackupAssessment.assess(F.environment([full], archive: archive), restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.recoveryPoint == F.ago(600))
    }

    @Test func noBackupAtAllIsCrit() {
        let verdict = BackupAssessment.assess(F.environment([], status: StanzaStatus(code: 2, message: "no valid backups")), restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.status == .crit)
        #expect(verdict.recoveryPoint == nil)
        #expect(verdict.exposure == nil)
        #expect(verdict.reasons(rule: "backup.rpo").first?.message == "no backup at all: nothing to restore")
        #expect(verdict.reasons(rule: "backup.stanza").first?.message == "no backup at all (pgBackRest: no valid backups)")
        #expect(verdict.chainResolves == false)
    }

    @Test func noDataIsUnknown() {
        let verdict = BackupAssessment.assess(nil, restoreTests: [], policy: F.core, now: F.now)
        #expect(verdict.status == .unknown)
        #expect(verdict.reasons.map(\.rule) == ["backup.stanza"])
    }

    @Test func unknownToolStatusWithNoBackupsIsUnknownNotCrit() {
        let verdict = BackupAssessment.assess(F.environment([], status: nil), restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.status == .unknown)
        #expect(verdict.reasons(rule: "backup.rpo").isEmpty)
    }

    @Test func unknownToolStatusNeverRollsUpToOk() {
        let backups = F.environment([F.full("20261122-105500F", stop: F.ago(60))], status: nil)
        let verdict = BackupAssessment.assess(backups, restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.recoveryPoint == F.ago(60))
        #expect(verdict.status == .unknown)
    }

    @Test func staleObservationIsUnknownWhenAskedFor() {
        var backups = F.environment([F.full("20261122-105500F", stop: F.ago(60))])
        backups.observedAt = F.ago(3600)
        let stale = BackupAssessment.assess(backups, restoreTests: F.freshTest, policy: F.core, now: F.now, staleAfter: 1800)
        let fresh = BackupAssessment.assess(backups, restoreTests: F.freshTest, policy: F.core, now: F.now, staleAfter: 7200)
        #expect(stale.status == .unknown)
        #expect(fresh.status == .ok)
    }
}
