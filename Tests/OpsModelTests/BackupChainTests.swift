import Foundation
import Testing
@testable import OpsModel

/// A backup is good only without error and with its prior chain retained back to a full.
@Suite struct BackupChainTests {
    typealias F = BackupFixture

    private let fullLabel = "20261122-104903F"
    private let diffLabel = "20261122-104903F_20261122-104910D"
    private let incrLabel = "20261122-104903F_20261122-104930I"

    @Test func completeChainIsGood() {
        let chain = BackupChain([
            F.full(fullLabel, stop: F.ago(3000)),
            F.dependent(diffLabel, .diff, prior: fullLabel, stop: F.ago(2000)),
            F.dependent(incrLabel, .incr, prior: diffLabel, references: [fullLabel, diffLabel], stop: F.ago(1000)),
        ])
        #expect(chain.defects.isEmpty)
        #expect(chain.newestGood?.label == incrLabel)
        #expect(ChainRule.resolves(chain))
    }

    @Test func diffWhoseFullExpiredIsNotGood() {
        let older = F.full("20261121-010000F", stop: F.ago(86_400))
        let backups = F.environment([older, F.dependent(diffLabel, .diff, prior: fullLabel, stop: F.ago(600))])
        let verdict = BackupAssessment.assess(backups, restoreTests: F.freshTest, policy: F.nonProduction, now: F.now)
        #expect(!verdict.chainResolves)
        #expect(verdict.recoveryPoint == F.ago(86_400))
        let reason = verdict.reasons(rule: "backup.chain").first
        #expect(reason?.status == .warn)
        #expect(reason?.message == "diff 20261122-104910D references a full that is no longer retained (20261122-104903F)")
        #expect(reason?.data["missing"] == fullLabel)
        #expect(verdict.lastDiff?.label == diffLabel)
    }

    @Test func brokenChainWithNothingElseIsCrit() {
        let backups = F.environment([F.dependent(diffLabel, .diff, prior: fullLabel, stop: F.ago(600))])
        let verdict = BackupAssessment.assess(backups, restoreTests: F.freshTest, policy: F.core, now: F.now)
        #expect(verdict.status == .crit)
        #expect(verdict.recoveryPoint == nil)
        #expect(verdict.reasons(rule: "backup.rpo").first?.message == "no restorable backup: 1 retained, none good")
    }

    @Test func missingReferenceBreaksTheChain() {
        let chain = BackupChain([
            F.full(fullLabel, stop: F.ago(3000)),
            F.dependent(incrLabel, .incr, prior: fullLabel, references: [fullLabel, diffLabel], stop: F.ago(1000)),
        ])
        #expect(chain.defects[incrLabel] == .missingReference(diffLabel))
        #expect(!ChainRule.resolves(chain))
    }

    @Test func errorFlagMakesTheBackupAndItsDependentsNotGood() {
        let backups = F.environment([
            F.full(fullLabel, stop: F.ago(3000)),
            F.dependent(diffLabel, .diff, prior: fullLabel, stop: F.ago(2000), error: true),
            F.dependent(incrLabel, .incr, prior: diffLabel, references: [fullLabel, diffLabel], stop: F.ago(1000)),
        ])
        let verdict = BackupAssessment.assess(backups, restoreTests: F.freshTest, policy: F.nonProduction, now: F.now)
        #expect(verdict.recoveryPoint == F.ago(3000))
        #expect(verdict.chainResolves)
        #expect(verdict.reasons(rule: "backup.error").first?.message == "diff 20261122-104910D finished with an error flag (e.g. checksum); not counted as restorable")
        #expect(verdict.reasons(rule: "backup.chain").first?.message == "incr 20261122-104930I builds on diff 20261122-104910D, which is not restorable")
        #expect(verdict.lastIncr?.label == incrLabel)
    }

    @Test func loopingPriorsNeverResolve() {
        let chain = BackupChain([
            F.dependent("A_1I", .incr, prior: "A_2I", stop: F.ago(100)),
            F.dependent("A_2I", .incr, prior: "A_1I", stop: F.ago(50)),
        ])
        #expect(chain.good.isEmpty)
        #expect(!ChainRule.resolves(chain))
        // The older is resolved first: its prior meets it again (a loop), and it builds on that.
        #expect(chain.defects == ["A_2I": .cycle, "A_1I": .priorNotGood("A_2I")])
        let own = BackupChain([F.dependent("B_1I", .incr, prior: "B_1I", stop: F.ago(10))])
        #expect(own.defects == ["B_1I": .cycle])
        // A set that is its own prior is a loop however it is reached (through an older set
        // resolved first, it read as built on itself).
        let reached = BackupChain([
            F.dependent("C_1I", .incr, prior: "C_2I", stop: F.ago(100)),
            F.dependent("C_2I", .incr, prior: "C_2I", stop: F.ago(50)),
        ])
        #expect(reached.defects == ["C_2I": .cycle, "C_1I": .priorNotGood("C_2I")])
    }

    @Test func aLabelListedThriceKeepsItsFirstCleanCopyAndChainsStayOrdered() {
        let chain = BackupChain([
            F.dependent("D_2I", .incr, prior: "D_1F", stop: F.ago(20)),
            F.full("D_1F", stop: F.ago(300), error: true),
            F.full("D_1F", stop: F.ago(200)),
            F.full("D_1F", stop: F.ago(100)),
            F.full("A_0F", stop: F.ago(400), error: true),
            F.dependent("Z_9I", .incr, prior: "Q_missing", references: ["Q_missing"], stop: F.ago(10)),
        ])
        // One copy of D_1F, the first without the error flag; oldest stop first.
        #expect(chain.backups.map(\.label) == ["A_0F", "D_1F", "D_2I", "Z_9I"])
        #expect(chain.backups.map(\.stop) == [F.ago(400), F.ago(200), F.ago(20), F.ago(10)])
        #expect(chain.defects == ["A_0F": .flaggedError, "Z_9I": .missingPrior("Q_missing")])
        #expect(chain.isGood("D_2I"))
    }

    @Test func diffWithoutPriorIsNotGood() {
        let chain = BackupChain([F.dependent("X_1D", .diff, prior: nil, stop: F.ago(10))])
        #expect(chain.defects["X_1D"] == .noPrior)
    }

    @Test func sameLabelInTwoRepositoriesCountsOncePreferringTheCleanCopy() {
        let chain = BackupChain([F.full(fullLabel, stop: F.ago(100), error: true), F.full(fullLabel, stop: F.ago(100))])
        #expect(chain.backups.count == 1)
        #expect(chain.isGood(fullLabel))
    }

    @Test func oldestRestorableStartsWhereTheRepositoryStillHoldsWAL() {
        let first = F.full("20261115-010000F", stop: F.ago(7 * 86_400), walStart: "000000010000000000000002", walStop: "000000010000000000000002")
        let second = F.full("20261122-010000F", stop: F.ago(36_000), walStart: "000000010000000000000008", walStop: "000000010000000000000008")
        let withAllWAL = ArchiveState(minWAL: "000000010000000000000001", maxWAL: "000000010000000000000010")
        let expiredWAL = ArchiveState(minWAL: "000000010000000000000005", maxWAL: "000000010000000000000010")
        let all = BackupAssessment.assess(F.environment([first, second], archive: withAllWAL), restoreTests: [], policy: F.nonProduction, now: F.now)
        let expired = BackupAssessment.assess(F.environment([first, second], archive: expiredWAL), restoreTests: [], policy: F.nonProduction, now: F.now)
        #expect(all.oldestRestorable == first.stop)
        #expect(expired.oldestRestorable == second.stop)
        #expect(all.lastFull?.label == second.label)
    }

    @Test func walSegmentNamesOrderByTimelineThenPosition() {
        let a = WALSegmentName("00000001000000000000000F")
        let b = WALSegmentName("000000010000000000000010")
        let c = WALSegmentName("000000020000000000000001")
        #expect(a != nil && b != nil && c != nil)
        #expect(a! < b! && b! < c!)
        #expect(WALSegmentName("00000001000000000000000f") == a)
        #expect(WALSegmentName("000000010000000000000010.partial") == nil)
        #expect(WALSegmentName("00000002.history") == nil)
        #expect(WALSegmentName("zz0000010000000000000010") == nil)
        #expect(a?.description == "00000001000000000000000F")
    }
}
