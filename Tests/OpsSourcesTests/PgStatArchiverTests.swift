import Foundation
import Testing
import OpsModel
@testable import OpsSources

/// `pg_stat_archiver` rows and the timestamps PostgreSQL prints.
@Suite struct PgStatArchiverTests {
    @Test func realSampleFillsTheArchiveState() throws {
        let row = try PgStatArchiver.parse(try FixtureFiles.data("postgres/pg_stat_archiver.json"))
        #expect(row.archivedCount == 19)
        #expect(row.lastArchivedWAL == "000000010000000000000010")
        #expect(row.lastArchivedTime == TimestampText.parse("2026-11-22T10:49:36.291835Z"))
        #expect(row.failedCount == 0)
        #expect(row.lastFailedWAL == nil && row.lastFailedTime == nil)
        #expect(row.statsReset == TimestampText.parse("2026-11-22T10:48:03.974141Z"))

        let state = row.applied(to: ArchiveState(minWAL: "000000010000000000000001", maxWAL: "000000010000000000000010"))
        #expect(state.minWAL == "000000010000000000000001")
        #expect(state.lastArchivedWAL == "000000010000000000000010")
        #expect(state.failedCount == 0)
    }

    @Test func psqlTextTimestampsAndStringCountsOfAFailingArchiver() throws {
        let json = #"""
        {"archived_count":"42","last_archived_wal":"000000010000000000000010","last_archived_time":"2026-11-22 10:49:13.35874+00",
         "failed_count":"9","last_failed_wal":"000000010000000000000011","last_failed_time":"2026-11-22 16:28:40+05:30","stats_reset":null}
        """#
        let row = try PgStatArchiver.parse(Data(json.utf8))
        #expect(row.archivedCount == 42)
        #expect(row.failedCount == 9)
        #expect(row.lastFailedTime == TimestampText.parse("2026-11-22T10:58:40Z"))
        let state = row.applied()
        #expect(state.failedCount == 9)
        #expect(state.lastFailedTime! > state.lastArchivedTime!)
    }

    @Test func oneRowJSONAggArrayReads() throws {
        let row = try PgStatArchiver.parse(Data(#"[{"archived_count":1,"failed_count":0}]"#.utf8))
        #expect(row.archivedCount == 1)
        #expect(throws: ParseError.self) { try PgStatArchiver.parse(Data("[]".utf8)) }
    }

    @Test func badValuesNameTheField() {
        #expect(throws: ParseError(source: "pg_stat_archiver", field: "last_archived_time", problem: #"not a timestamp with an offset: "2026-11-22 10:49:13""#)) {
            try PgStatArchiver.parse(Data(#"{"last_archived_time":"2026-11-22 10:49:13"}"#.utf8))
        }
        #expect(throws: ParseError.self) { try PgStatArchiver.parse(Data(#"{"failed_count":"many"}"#.utf8)) }
        #expect(throws: ParseError.self) { try PgStatArchiver.parse(Data("(1 row)".utf8)) }
        #expect(throws: ParseError.self) { try PgStatArchiver.parse(Data(#"[{"failed_count":true}]"#.utf8)) }
    }

    @Test(arguments: [
        ("2026-11-22 10:49:13.35874+00", 1_795_344_553.358_74),
        ("2026-11-22T10:49:36.291835+00:00", 1_795_344_576.291_835),
        ("2026-11-22T10:48:59.049905609Z", 1_795_344_539.049_905_609),
        ("2026-11-22T10:48:59.049Z", 1_795_344_539.049),
        ("2026-11-22 16:19:13+05:30", 1_795_344_553),
        ("2026-11-22 07:19:13-0330", 1_795_344_553),
        ("2026-11-22 16:19:13+05:30:00", 1_795_344_553),
        ("2026-11-22 10:49:13+00", 1_795_344_553),
        ("2024-02-29T00:00:00Z", 1_709_164_800),
        ("1970-01-01T00:00:00Z", 0),
    ])
    func timestampsReadAsInstants(text: String, epoch: Double) throws {
        let date = try #require(TimestampText.parse(text))
        #expect(abs(date.timeIntervalSince1970 - epoch) < 0.000_01)
    }

    @Test(arguments: ["", "2026-11-22 10:49:13", "2026-11-22", "2026-13-01T00:00:00Z", "2026-11-22T25:00:00Z", "2026-11-22T10:49:13.Z", "2026-11-22T10:49:13+0", "2026-11-22T10:49:13Z junk", "infinity", "22/11/2026 10:49"])
    func nonTimestampsAreRefused(text: String) {
        #expect(TimestampText.parse(text) == nil)
    }
}
