import Foundation
import OpsModel

/// The Health view's environments, worst first, after the `/` filter: a pure function of the
/// overview and the filter, kept in `AppState.healthList` and rebuilt by `Update` only when one
/// changes. Rows are held by index; the costly parts of a line (`Entry`) are made only for the
/// lines drawn.
struct HealthEnvironmentList: Sendable {
    /// One environment's line.
    struct Entry: Sendable {
        var row: EnvironmentOverview
        /// Earliest moment a signal that is bad now turned bad.
        var badSince: Date?
        /// Retail processes that are `warn` or `crit`, worst first.
        var impacted: [(process: RetailProcess, status: Status)]

        func count(_ status: Status) -> Int { row.signalCounts[status] ?? 0 }

        /// The line of `row`, from the overview's health roll-up and the estate's signals.
        init(row: EnvironmentOverview, health: HealthRollUp, signals: [Signal]) {
            let id = row.environment.id
            self.row = row
            badSince = health.signalIndices(environmentID: id)
                .filter { $0 < signals.count && [.warn, .crit].contains(health.verdicts[$0].status) }
                .compactMap { SignalAssessment.turnedBadAt(signals[$0]) }
                .min()
            impacted = RetailProcess.allCases
                .map { (process: $0, status: health.processStatus(environmentID: id, process: $0)) }
                .filter { $0.status == .crit || $0.status == .warn }
                .enumerated().sorted { ($0.element.status.severity, -$0.offset) > ($1.element.status.severity, -$1.offset) }
                .map(\.element)
        }
    }

    /// The filter the list was narrowed with.
    let filter: String
    private let rows: [EnvironmentOverview]
    private let lookup: RowLookup
    /// Every row, worst first, kept across filter changes.
    private let worstFirst: [Int]
    /// The rows shown, in display order.
    private let shown: [Int]
    /// Per row: its place in `shown`, or -1.
    private let positionOfRow: [Int]

    init(overview: EstateOverview?, filter: String) {
        let rows = overview?.rows ?? []
        self.init(rows: rows, lookup: RowLookup(rows, fields: Self.searchFields), worstFirst: Self.worstFirst(rows), filter: filter)
    }

    private init(rows: [EnvironmentOverview], lookup: RowLookup, worstFirst: [Int], filter: String) {
        self.filter = filter
        self.rows = rows
        self.lookup = lookup
        self.worstFirst = worstFirst
        shown = lookup.narrow(worstFirst, to: filter)
        positionOfRow = lookup.positions(in: shown)
    }

    /// This list narrowed by `filter`: itself when it is the same, else narrowed again without sorting.
    func updated(filter: String) -> HealthEnvironmentList {
        filter == self.filter ? self : HealthEnvironmentList(rows: rows, lookup: lookup, worstFirst: worstFirst, filter: filter)
    }

    /// How many environments are shown.
    var count: Int { shown.count }
    var isEmpty: Bool { shown.isEmpty }

    /// Environment ids in display order.
    var ids: [String] { shown.map { rows[$0].environment.id } }

    /// The id at a place in display order.
    func id(at index: Int) -> String { rows[shown[index]].environment.id }

    /// The overview row at a place in display order.
    func row(at index: Int) -> EnvironmentOverview { rows[shown[index]] }

    /// Index of an environment; nil selection means the first.
    func index(of id: String?) -> Int? {
        guard !shown.isEmpty else { return nil }
        guard let id else { return 0 }
        return lookup.value(for: id, in: positionOfRow)
    }

    /// Health first (crit, warn, unknown, ok), then more crit, more warn, more unknown signals, then
    /// the id: row indices compared by keys computed once, not whole rows copied per comparison.
    static func worstFirst(_ rows: [EnvironmentOverview]) -> [Int] {
        let keys = rows.map { row in
            (row.health.severity, row.signalCounts[.crit] ?? 0, row.signalCounts[.warn] ?? 0, row.signalCounts[.unknown] ?? 0)
        }
        let ids = rows.map(\.environment.id)
        return rows.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] > keys[b] }
            return ids[a] < ids[b]
        }
    }

    /// What `/` searches in the Health list.
    static func searchFields(_ row: EnvironmentOverview) -> [String] {
        let environment = row.environment
        return [environment.id, environment.name, row.tenantName, environment.region, environment.stage.rawValue,
                environment.tier.rawValue, row.health.rawValue] + environment.tags
    }

    /// Makes the texts the `/` filter searches now (see `RowLookup.prepare`).
    func prepareFilter() {
        lookup.prepare()
    }
}
