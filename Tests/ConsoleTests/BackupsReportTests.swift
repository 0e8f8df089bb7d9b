import Console
import Foundation
import OpsModel
import OpsSources
import Testing

/// `opsdeck backups` as scripts see it: the text and JSON reports, exit codes, and raw pgBackRest input.
@Suite struct BackupsReportTests {
    /// Real outputs from shared/reference, copied under Snapshots/raw (excluded from the target's sources).
    static let raw = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/raw")
    /// The reference captures were taken at about 10:49 UTC on 2026-11-22.
    static let sampleNow = ISO8601.parse("2026-11-22T11:00:00Z")!

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: raw.appendingPathComponent(name))
    }

    static func object(_ json: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    static func estateDocument(environmentID: String? = nil) throws -> BackupsReport.Document {
        let snapshot = DemoState.snapshot()
        let overview = EstateOverview(estate: snapshot.estate, now: DemoState.blackFriday)
        return try BackupsReport.estate(snapshot: snapshot, overview: overview, environmentID: environmentID, clockIsFixed: true)
    }

    @Test func estateJSONCarriesTheClockEveryVerdictAndEveryReasonWithItsData() throws {
        let document = try Self.estateDocument()
        let json = try Self.object(BackupsReport.json(document))
        #expect(json["now"] as? String == "2026-11-27T09:00:00Z")
        #expect(json["clock"] as? String == "fixed (--now)")
        #expect(json["status"] as? String == "crit")
        let environments = try #require(json["environments"] as? [[String: Any]])
        #expect(environments.count == 14)
        let first = try #require(environments.first)
        #expect(first["id"] as? String == "prod-at-nordkauf")
        #expect(first["rpoSeconds"] as? Int == 3600)
        let verdict = try #require(first["verdict"] as? [String: Any])
        #expect(verdict["status"] as? String == "crit")
        #expect(verdict["archiveBroken"] as? Bool == true)
        #expect(verdict["recoveryPoint"] as? String == "2026-11-24T01:09:00Z")
        let reasons = try #require(verdict["reasons"] as? [[String: Any]])
        let archive = try #require(reasons.first { $0["rule"] as? String == "backup.archive" })
        #expect(archive["status"] as? String == "crit")
        #expect((archive["data"] as? [String: String])?["failed_count"] == "41")
        #expect(BackupsReport.exitCode(document) == 1)
    }

    @Test func estateTextListsWorstFirstWithEveryReasonSpelledOut() throws {
        let text = BackupsReport.text(try Self.estateDocument(), zone: TimeZone(identifier: "UTC")!)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "backups - demo estate - 2026-11-27 09:00 UTC (fixed clock)")
        #expect(lines[1] == "status: crit (2 crit, 3 warn, 9 ok)")
        let blocks = lines.filter { $0.hasPrefix("CRIT") || $0.hasPrefix("WARN") || $0.hasPrefix("OK") || $0.hasPrefix("UNKNOWN") }
        #expect(blocks.first == "CRIT  prod-at-nordkauf  (regional-production, stanza nk-at)")
        #expect(text.contains("    crit    archiving failing since 05:59 UTC (41 failures since stats reset"))
        #expect(text.contains("  PITR window     2026-11-13 13:30 UTC -> 2026-11-24 01:09 UTC (10d11h)"))
        #expect(text.contains("    crit    restore never tested"))
    }

    @Test func oneEnvironmentAndAnUnknownOne() throws {
        let document = try Self.estateDocument(environmentID: "prod-eu-core")
        #expect(document.environments.map(\.id) == ["prod-eu-core"])
        #expect(BackupsReport.exitCode(document) == 0)
        #expect(throws: BackupsInputError.self) { try Self.estateDocument(environmentID: "prod-nowhere") }
    }

    @Test func healthyStanzaWithItsArchiverIsOKAndExitsZero() throws {
        let input = RawBackupJudgement.Input(
            infoName: "10-healthy-info-odoo.json", infoData: try Self.data("10-healthy-info-odoo.json"),
            archiverName: "pg_stat_archiver.json", archiverData: try Self.data("pg_stat_archiver.json"), rpo: 15 * 60
        )
        let document = try BackupsReport.raw(input, now: Self.sampleNow, clockIsFixed: true)
        #expect(document.environments.map(\.id) == ["odoo"])
        let verdict = try #require(document.environments.first?.verdict)
        #expect(verdict.status == .ok)
        // Archiving is continuous since the incremental, so the recovery point is the last archived segment.
        #expect(verdict.recoveryPoint.map(ISO8601.format) == "2026-11-22T10:49:36Z")
        #expect(verdict.chainResolves)
        #expect(verdict.lastIncr?.label == "20261122-104903F_20261122-104930I")
        #expect(BackupsReport.exitCode(document) == 0)
        let json = try Self.object(BackupsReport.json(document))
        #expect(json["input"] as? String == "pgbackrest")
        #expect(json["source"] as? String == "pgbackrest info 10-healthy-info-odoo.json + pg_stat_archiver pg_stat_archiver.json")
    }

    @Test func theSameStanzaPastItsRPOIsCritAndExitsOne() throws {
        let input = RawBackupJudgement.Input(infoName: "info", infoData: try Self.data("10-healthy-info-odoo.json"), rpo: 15 * 60)
        let later = Self.sampleNow.addingTimeInterval(30 * 60)
        let document = try BackupsReport.raw(input, now: later, clockIsFixed: true)
        #expect(document.environments.first?.verdict.reasons(rule: "backup.rpo").first?.status == .crit)
        #expect(BackupsReport.exitCode(document) == 1)
    }

    @Test func aStanzaNeverBackedUpIsCrit() throws {
        let input = RawBackupJudgement.Input(infoName: "pos", infoData: try Self.data("20-nobackup-info-pos.json"))
        let document = try BackupsReport.raw(input, now: Self.sampleNow, clockIsFixed: true)
        let verdict = try #require(document.environments.first?.verdict)
        #expect(verdict.status == .crit)
        #expect(verdict.recoveryPoint == nil)
        #expect(verdict.reasons.contains { $0.message.contains("no backup at all") })
        let text = BackupsReport.text(document, zone: TimeZone(identifier: "UTC")!)
        #expect(text.contains("CRIT  pos  (stanza pos)"))
        #expect(text.contains("  chain           no backups retained"))
    }

    @Test func aRunningBackupIsInProgressNotFailed() throws {
        let input = RawBackupJudgement.Input(infoName: "running", infoData: try Self.data("33-backup-running-info-odoo.json"))
        let verdict = try #require(try BackupsReport.raw(input, now: Self.sampleNow, clockIsFixed: true).environments.first?.verdict)
        #expect(verdict.inProgress)
        #expect(verdict.reasons(rule: "backup.in-progress").first?.status == .ok)
        #expect(verdict.status == .ok)
    }

    @Test func severalStanzasGiveOneVerdictEachNamedByStanza() throws {
        let healthy = try Self.data("10-healthy-info-odoo.json"), empty = try Self.data("20-nobackup-info-pos.json")
        // Two single-stanza arrays joined into one, as pgBackRest prints a repository with two stanzas.
        var joined = Data(healthy.dropLast(healthy.last == UInt8(ascii: "\n") ? 2 : 1))
        joined.append(Data(",".utf8))
        joined.append(empty.dropFirst())
        let input = RawBackupJudgement.Input(infoName: "both", infoData: joined)
        let document = try BackupsReport.raw(input, now: Self.sampleNow, clockIsFixed: true)
        #expect(document.environments.map(\.id) == ["odoo", "pos"])
        #expect(document.status == .crit)

        var withArchiver = input
        withArchiver.archiverName = "archiver.json"
        withArchiver.archiverData = try Self.data("pg_stat_archiver.json")
        #expect(throws: BackupsInputError.archiverNeedsOneStanza(file: "archiver.json", stanzas: ["odoo", "pos"])) {
            try BackupsReport.raw(withArchiver, now: Self.sampleNow, clockIsFixed: true)
        }
        withArchiver.stanza = "odoo"
        #expect(try BackupsReport.raw(withArchiver, now: Self.sampleNow, clockIsFixed: true).environments.map(\.id) == ["odoo"])
    }

    @Test func badInputNamesTheFileAndTheField() throws {
        let broken = Data(#"[{"name":"odoo","status":{"code":0,"message":"ok"},"backup":[{"label":"x","type":"full","timestamp":{"start":"soon","stop":1}}]}]"#.utf8)
        let input = RawBackupJudgement.Input(infoName: "broken.json", infoData: broken)
        do {
            _ = try BackupsReport.raw(input, now: Self.sampleNow, clockIsFixed: true)
            Issue.record("broken input was accepted")
        } catch {
            #expect(error.description == "broken.json: pgbackrest info: [0].backup[0].timestamp.start: expected a number")
        }
        let notJSON = RawBackupJudgement.Input(infoName: "notes.txt", infoData: Data("stanza: odoo".utf8))
        #expect(throws: BackupsInputError.self) { try BackupsReport.raw(notJSON, now: Self.sampleNow, clockIsFixed: true) }
    }

    @Test func aProductionTierAddsRestoreAndPolicyChecks() throws {
        let input = RawBackupJudgement.Input(infoName: "info", infoData: try Self.data("10-healthy-info-odoo.json"), tier: .coreProduction)
        let verdict = try #require(try BackupsReport.raw(input, now: Self.sampleNow, clockIsFixed: true).environments.first?.verdict)
        #expect(verdict.rpo == 15 * 60)
        #expect(verdict.reasons(rule: "backup.restore-test").first?.message == "restore never tested")
        #expect(verdict.reasons(rule: "backup.encryption").first?.status == .warn)
        #expect(verdict.status == .crit)
    }
}
