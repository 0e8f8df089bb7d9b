import Foundation
import OpsModel

/// PostgreSQL's `pg_stat_archiver` row: how WAL archiving has gone since the statistics were reset.
public struct PgStatArchiver: Sendable, Hashable {
    /// Segments archived since the reset.
    public var archivedCount: Int64?
    /// The last segment archived successfully.
    public var lastArchivedWAL: String?
    /// When it was archived.
    public var lastArchivedTime: Date?
    /// Failed attempts since the reset: cumulative, so only its change says anything about now.
    public var failedCount: Int64
    /// The last segment whose archiving failed.
    public var lastFailedWAL: String?
    /// When that failure happened.
    public var lastFailedTime: Date?
    /// When the counters were last reset.
    public var statsReset: Date?

    /// Creates a row value.
    public init(archivedCount: Int64? = nil, lastArchivedWAL: String? = nil, lastArchivedTime: Date? = nil, failedCount: Int64 = 0, lastFailedWAL: String? = nil, lastFailedTime: Date? = nil, statsReset: Date? = nil) {
        self.archivedCount = archivedCount
        self.lastArchivedWAL = lastArchivedWAL
        self.lastArchivedTime = lastArchivedTime
        self.failedCount = failedCount
        self.lastFailedWAL = lastFailedWAL
        self.lastFailedTime = lastFailedTime
        self.statsReset = statsReset
    }

    /// Name used in parse errors.
    public static let source = "pg_stat_archiver"

    /// Reads `row_to_json` of the view (or a one-row `json_agg` array); counts may be numbers or strings.
    public static func parse(_ data: Data) throws -> PgStatArchiver {
        if data.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "[") {
            let rows = try JSONInput.decode([Row].self, from: data, source: source)
            guard let first = rows.first else { throw ParseError(source: source, field: "", problem: "no row") }
            return first.value
        }
        return try JSONInput.decode(Row.self, from: data, source: source).value
    }

    /// Reads the row from `psql -At` output already held as text.
    public static func parse(_ text: String) throws -> PgStatArchiver {
        try parse(Data(text.utf8))
    }

    /// The archive state with PostgreSQL's view of archiving filled in; repository bounds are kept.
    public func applied(to archive: ArchiveState = ArchiveState()) -> ArchiveState {
        var state = archive
        state.lastArchivedWAL = lastArchivedWAL
        state.lastArchivedTime = lastArchivedTime
        state.failedCount = Int(clamping: failedCount)
        state.lastFailedWAL = lastFailedWAL
        state.lastFailedTime = lastFailedTime
        return state
    }

    private struct Row: Decodable {
        let archivedCount: LenientNumber?
        let lastArchivedWAL: String?
        let lastArchivedTime: TimestampField?
        let failedCount: LenientNumber?
        let lastFailedWAL: String?
        let lastFailedTime: TimestampField?
        let statsReset: TimestampField?

        enum CodingKeys: String, CodingKey {
            case archivedCount = "archived_count"
            case lastArchivedWAL = "last_archived_wal"
            case lastArchivedTime = "last_archived_time"
            case failedCount = "failed_count"
            case lastFailedWAL = "last_failed_wal"
            case lastFailedTime = "last_failed_time"
            case statsReset = "stats_reset"
        }

        var value: PgStatArchiver {
            PgStatArchiver(
                archivedCount: archivedCount?.integer, lastArchivedWAL: lastArchivedWAL, lastArchivedTime: lastArchivedTime?.date,
                failedCount: failedCount?.integer ?? 0, lastFailedWAL: lastFailedWAL, lastFailedTime: lastFailedTime?.date,
                statsReset: statsReset?.date
            )
        }
    }
}
