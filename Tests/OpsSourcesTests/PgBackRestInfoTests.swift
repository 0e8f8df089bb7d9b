import Foundation
import Testing
import OpsModel
@testable import OpsSources

/// `pgbackrest info --output=json`: the real 2.45 samples, hand-written states, and garbage.
@Suite struct PgBackRestInfoTests {
    private let fullLabel = "20261122-104903F"
    private let diffLabel = "20261122-104903F_20261122-104910D"
    private let incrLabel = "20261122-104903F_20261122-104930I"

    @Test func healthySampleReadsEveryField() throws {
        let stanzas = try PgBackRestInfo.parse(try FixtureFiles.data("pgbackrest/10-healthy-info-odoo.json"))
        #expect(stanzas.count == 1)
        let stanza = try #require(stanzas.first)
        #expect(stanza.name == "odoo")
        #expect(stanza.status == StanzaStatus(code: 0, message: "ok", backupInProgress: false))
        #expect(stanza.cipher == "none")
        #expect(stanza.backups.map(\.set.label) == [fullLabel, diffLabel, incrLabel])
        #expect(stanza.backups.map(\.set.type) == [.full, .diff, .incr])

        let full = stanza.backups[0]
        #expect(full.set.start == Date(timeIntervalSince1970: 1_795_344_543))
        #expect(full.set.stop == Date(timeIntervalSince1970: 1_795_344_546))
        #expect(full.set.sizeBytes == 22_992_735)
        #expect(full.set.repositorySizeBytes == 3_043_503)
        #expect(full.repositoryDeltaBytes == 3_043_503)
        #expect(full.set.prior == nil)
        #expect(full.set.references == [])
        #expect(full.set.error == false)
        #expect(full.set.walStart == "000000010000000000000003")
        #expect(full.set.walStop == "000000010000000000000003")
        #expect(full.lsnStop == "0/3000100")
        #expect(full.toolVersion == "2.45")
        #expect(full.databaseID == 1 && full.repositoryKey == 1)

        let diff = stanza.backups[1]
        #expect(diff.set.prior == fullLabel)
        #expect(diff.set.references == [fullLabel])
        #expect(diff.set.sizeBytes == 109_058_402)
        #expect(diff.deltaBytes == 86_123_277)
        #expect(diff.set.repositorySizeBytes == 8_260_357)
        #expect(diff.repositoryDeltaBytes == 5_217_908)

        let incr = stanza.backups[2]
        #expect(incr.set.prior == diffLabel)
        #expect(incr.set.references == [fullLabel, diffLabel])
        #expect(incr.set.walStop == "00000001000000000000000F")

        #expect(stanza.archives == [PgBackRestArchive(archiveID: "15-1", databaseID: 1, repositoryKey: 1, minWAL: "000000010000000000000001", maxWAL: "00000001000000000000000F")])
        #expect(stanza.currentArchive.minWAL == "000000010000000000000001")
        #expect(stanza.currentArchive.maxWAL == "00000001000000000000000F")
        #expect(stanza.databases == [PgBackRestDatabase(id: 1, repositoryKey: 1, version: "15", systemID: 7_710_945_843_489_670_370)])
        #expect(stanza.repositories == [PgBackRestRepository(key: 1, cipher: "none", code: 0, message: "ok")])
    }

    @Test func healthySampleWithTheArchiverJudgedAtEleven() throws {
        let stanza = try #require(try PgBackRestInfo.parse(try FixtureFiles.data("pgbackrest/10-healthy-info-odoo.json")).first)
        let archiver = try PgStatArchiver.parse(try FixtureFiles.data("postgres/pg_stat_archiver.json"))
        let backups = stanza.environmentBackups(environmentID: "odoo-prod", policy: nil, archiver: archiver, observedAt: FixtureFiles.now)
        #expect(backups.stanza == "odoo")
        #expect(backups.archive?.lastArchivedWAL == "000000010000000000000010")
        #expect(backups.archive?.maxWAL == "00000001000000000000000F")

        let verdict = BackupAssessment.assess(backups, restoreTests: [], policy: .standard(.coreProduction), now: FixtureFiles.now)
        // WAL is continuous since the incr (stop 10:49:33, segment 0F): the recovery point is the last archived WAL.
        let lastArchived = try #require(TimestampText.parse("2026-11-22T10:49:36.291835+00:00"))
        #expect(verdict.recoveryPoint == lastArchived)
        #expect(verdict.reasons(rule: "backup.rpo").first?.status == .ok)
        #expect(verdict.reasons(rule: "backup.rpo").first?.message.hasPrefix("recovery point 10:49 UTC, 10 min ago, RPO 15 min") == true)
        #expect(verdict.chainResolves)
        #expect(!verdict.archiveBroken)
        #expect(verdict.lastFull?.label == fullLabel)
        #expect(verdict.lastIncr?.label == incrLabel)
        #expect(verdict.oldestRestorable == Date(timeIntervalSince1970: 1_795_344_546))
        // Production, never restore-tested, unencrypted repository.
        #expect(verdict.reasons(rule: "backup.restore-test").first?.status == .crit)
        #expect(verdict.reasons(rule: "backup.encryption").first?.status == .warn)
        #expect(verdict.status == .crit)
    }

    @Test func noBackupSampleIsCodeTwoAndCrit() throws {
        let stanza = try #require(try PgBackRestInfo.parse(try FixtureFiles.data("pgbackrest/20-nobackup-info-pos.json")).first)
        #expect(stanza.name == "pos")
        #expect(stanza.status == StanzaStatus(code: 2, message: "no valid backups"))
        #expect(stanza.backups.isEmpty)
        let verdict = BackupAssessment.assess(stanza.environmentBackups(environmentID: "pos-dev", policy: nil), restoreTests: [], policy: .standard(.nonProduction), now: FixtureFiles.now)
        #expect(verdict.status == .crit)
        #expect(verdict.reasons(rule: "backup.stanza").first?.message == "no backup at all (pgBackRest: no valid backups)")
    }

    @Test func runningBackupSampleIsInProgress() throws {
        let stanza = try #require(try PgBackRestInfo.parse(try FixtureFiles.data("pgbackrest/33-backup-running-info-odoo.json")).first)
        #expect(stanza.status.backupInProgress)
        #expect(stanza.status.code == 0)
        #expect(stanza.currentArchive.maxWAL == "000000010000000000000010")
        let verdict = BackupAssessment.assess(stanza.environmentBackups(environmentID: "odoo-dev", policy: nil), restoreTests: [], policy: .standard(.nonProduction), now: FixtureFiles.now)
        #expect(verdict.inProgress)
        #expect(verdict.status == .ok)
    }

    @Test func severalStanzasWithErrorsAndBrokenChains() throws {
        let stanzas = try PgBackRestInfo.parse(try FixtureFiles.data("pgbackrest-handwritten/several-stanzas.json"))
        #expect(stanzas.map(\.name) == ["odoo", "pos", "shop", "wms"])
        #expect(stanzas.map(\.status.code) == [0, 99, 4, 1])

        let odoo = stanzas[0]
        #expect(odoo.backups[0].set.error == true)
        #expect(odoo.backups[1].set.error == false)  // field absent: no error reported
        #expect(odoo.currentArchive.minWAL == "000000010000000000000003")  // database 2, not the upgraded-away 14
        #expect(odoo.currentArchive.maxWAL == "000000010000000000000009")
        let verdict = BackupAssessment.assess(odoo.environmentBackups(environmentID: "odoo-prod", policy: nil), restoreTests: [], policy: .standard(.nonProduction), now: FixtureFiles.now)
        #expect(verdict.recoveryPoint == nil)
        #expect(!verdict.chainResolves)
        #expect(verdict.status == .crit)
        #expect(verdict.reasons(rule: "backup.chain").first?.message == "diff 20261122-104910D references a full that is no longer retained (20261115-010000F)")
        #expect(verdict.reasons(rule: "backup.error").first?.message.hasPrefix("full 20261120-010000F finished with an error flag") == true)

        let pos = stanzas[1].detailedStatus
        #expect(pos.message.hasPrefix("other (repo1: [FileOpenError] unable to open file"))
        let posVerdict = BackupAssessment.assess(stanzas[1].environmentBackups(environmentID: "pos-prod", policy: nil), restoreTests: [], policy: .standard(.nonProduction), now: FixtureFiles.now)
        #expect(posVerdict.reasons(rule: "backup.stanza").first?.status == .crit)
        #expect(posVerdict.reasons(rule: "backup.stanza").first?.message.contains("Permission denied") == true)

        let shop = stanzas[2]
        #expect(shop.cipher == "mixed")
        #expect(shop.detailedStatus.message == "different across repos (repo2: no valid backups)")
        #expect(shop.repositories.map(\.key) == [1, 2])

        let wms = stanzas[3]
        #expect(wms.backups.isEmpty && wms.archives.isEmpty && wms.repositories.isEmpty && wms.cipher == nil)
        #expect(wms.status.message == "missing stanza path")
    }

    @Test(arguments: [
        (0, "ok", Status.ok), (1, "missing stanza path", .crit), (2, "no valid backups", .crit), (3, "missing stanza data", .crit),
        (4, "different across repos", .warn), (5, "database mismatch across repos", .crit), (6, "requested backup not found", .unknown), (99, "other", .crit),
    ])
    func everyStanzaStatusCodeParsesAndJudges(code: Int, message: String, expected: Status) throws {
        let json = """
        [{"name":"odoo","cipher":"aes-256-cbc","status":{"code":\(code),"message":"\(message)","lock":{"backup":{"held":false}}},
          "backup":[{"label":"20261122-105500F","type":"full","timestamp":{"start":1795344900,"stop":1795345100},"error":false}]}]
        """
        let stanza = try #require(try PgBackRestInfo.parse(json).first)
        #expect(stanza.status.code == code)
        #expect(stanza.status.message == message)
        let verdict = BackupAssessment.assess(stanza.environmentBackups(environmentID: "e", policy: nil), restoreTests: [], policy: .standard(.nonProduction), now: FixtureFiles.now)
        #expect(verdict.status == expected)
    }

    @Test func errorsNameTheField() throws {
        func failure(_ json: String) -> ParseError? {
            do {
                _ = try PgBackRestInfo.parse(json)
                return nil
            } catch let error as ParseError {
                return error
            } catch {
                return ParseError(source: "unexpected", field: "", problem: "\(error)")
            }
        }
        #expect(failure("[{}]")?.field == "[0].name")
        #expect(failure(#"[{"name":"x","status":{"code":"zero"}}]"#)?.field == "[0].status.code")
        #expect(failure(#"[{"name":"x","status":{"code":0},"backup":[{"label":"a","type":"snapshot","timestamp":{"start":1,"stop":2}}]}]"#)?.field == "[0].backup[0].type")
        #expect(failure(#"[{"name":"x","status":{"code":0},"backup":[{"label":"a","type":"full","timestamp":{"start":1}}]}]"#)?.field == "[0].backup[0].timestamp.stop")
        #expect(failure("")?.problem == "not valid JSON")
        #expect(failure("{}")?.source == "pgbackrest info")
        #expect(failure("null") != nil)
        #expect(failure("ERROR: [055]: unable to load info file") != nil)
        #expect(try PgBackRestInfo.parse("[]").isEmpty)
        #expect(failure("[{}]")?.description == "pgbackrest info: [0].name: missing")
    }

    @Test func truncatedAndMangledInputNeverCrashes() throws {
        let original = try FixtureFiles.data("pgbackrest/10-healthy-info-odoo.json")
        for length in stride(from: 0, to: original.count, by: 7) {
            #expect(throws: ParseError.self) { try PgBackRestInfo.parse(original.prefix(length)) }
        }
        // Deterministic byte mutations: each must either parse or fail as a ParseError.
        var seed: UInt64 = 0x5EED
        for _ in 0..<300 {
            var mangled = Array(original)
            for _ in 0..<3 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let position = Int(seed >> 33) % mangled.count
                mangled[position] = UInt8(truncatingIfNeeded: seed >> 17)
            }
            do {
                _ = try PgBackRestInfo.parse(Data(mangled))
            } catch {
                #expect(error is ParseError)
            }
        }
    }
}
