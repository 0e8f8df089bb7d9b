import Foundation
import NIOConcurrencyHelpers
import OpsModel
import OpsSources

/// What one collector run adds to the estate.
struct CollectorOutput: Sendable {
    var signals: [Signal] = []
    /// Alerts, when this collector reads them (nil: it does not).
    var alerts: [Alert]?
    var backups: [EnvironmentBackups] = []
    /// PostgreSQL's archiver view, applied to its environment's backups.
    var archivers: [(environmentID: String, archiver: PgStatArchiver)] = []
    /// The first error, when something failed.
    var error: String?
    /// Whether nothing at all was read.
    var failedWhole = false
}

/// Reads one real system and maps it onto the estate.
protocol Collector: Sendable {
    var name: String { get }
    var kind: String { get }
    /// Reads as of `now`; `definitions` resolves signal thresholds against the base estate.
    func collect(now: Date, definitions: SignalDefinitions) async -> CollectorOutput
}

/// A short history of one collector's own readings, so subprocess collectors draw sparklines too.
final class SampleHistory: Sendable {
    private let samples = NIOLockedValueBoxWrapper<[String: [Sample]]>([:])
    private let limit: Int

    init(limit: Int = 60) {
        self.limit = limit
    }

    /// Appends a reading to the series `key` and returns the series, oldest first.
    func record(_ key: String, _ sample: Sample) -> [Sample] {
        samples.withLockedValue { all in
            var series = all[key, default: []].filter { $0.time < sample.time }
            series.append(sample)
            if series.count > limit { series.removeFirst(series.count - limit) }
            all[key] = series
            return series
        }
    }

    /// The names of every series recorded so far, sorted.
    func keys() -> [String] {
        samples.withLockedValue { $0.keys.sorted() }
    }

    /// The series so far, without a new reading (for a failed run: the old values keep their times).
    func series(_ key: String) -> [Sample] {
        samples.withLockedValue { $0[key] ?? [] }
    }
}
