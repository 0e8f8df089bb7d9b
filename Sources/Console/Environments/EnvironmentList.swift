import Foundation
import OpsModel

/// The Environments view's rows after filter, sort and grouping: a pure function of the overview
/// and the view's settings, kept in `AppState.environmentList` and rebuilt by `Update` only when
/// one of them changes, so frames and moves do not sort the estate again.
public struct EnvironmentList: Sendable {
    /// A line of the list: a group heading or an environment.
    public enum Entry: Sendable {
        case group(title: String, status: Status, count: Int)
        case environment(EnvironmentOverview)
    }

    /// The view settings a list is derived with; a list is rebuilt when they differ.
    struct Settings: Sendable, Equatable {
        var filter: String
        var sortColumn: EnvironmentColumn
        var sortAscending: Bool
        var grouping: Grouping

        init(_ state: EnvironmentsState) {
            filter = state.filter
            sortColumn = state.sortColumn
            sortAscending = state.sortAscending
            grouping = state.grouping
        }
    }

    /// A line by reference: rows stay in the overview, so building the list copies none.
    enum Line: Sendable {
        case group(title: String, status: Status, count: Int)
        case row(Int)
    }

    let settings: Settings
    private let rows: [EnvironmentOverview]
    private let now: Date
    private let lookup: RowLookup
    /// Every row in the sort's order, kept while only the filter or the grouping changes.
    private let sorted: [Int]
    /// Each row's group, kept while only the filter or the sort changes.
    private let groups: EnvironmentGroups
    private let lines: [Line]
    /// The rows shown, in display order: what moves step through.
    private let shown: [Int]
    /// Per row: its line, or -1 when the filter hides it.
    private let lineOfRow: [Int]
    /// Per row: its place in `shown`, or -1.
    private let positionOfRow: [Int]

    /// The list of `overview` under the settings of `state`.
    public init(overview: EstateOverview?, state: EnvironmentsState) {
        let rows = overview?.rows ?? []
        let settings = Settings(state)
        let now = overview?.now ?? Date(timeIntervalSince1970: 0)
        self.init(rows: rows, now: now, lookup: RowLookup(rows, fields: Self.searchFields), settings: settings,
                  sorted: EnvironmentOrder.sorted(rows, by: settings.sortColumn, ascending: settings.sortAscending, now: now),
                  groups: EnvironmentGroups(rows, by: settings.grouping))
    }

    private init(rows: [EnvironmentOverview], now: Date, lookup: RowLookup, settings: Settings, sorted: [Int], groups: EnvironmentGroups) {
        self.rows = rows
        self.now = now
        self.lookup = lookup
        self.settings = settings
        self.sorted = sorted
        self.groups = groups
        lines = groups.lines(lookup.narrow(sorted, to: settings.filter))
        var shown: [Int] = []
        shown.reserveCapacity(lines.count)
        var lineOfRow = [Int](repeating: -1, count: rows.count)
        for (index, line) in lines.enumerated() {
            guard case .row(let row) = line else { continue }
            shown.append(row)
            lineOfRow[row] = index
        }
        self.shown = shown
        self.lineOfRow = lineOfRow
        positionOfRow = lookup.positions(in: shown)
    }

    /// This list under the settings of `state`: itself when they are the same; else rebuilt,
    /// keeping the sort and the groups that did not change (a `/` keystroke keeps both).
    func updated(for state: EnvironmentsState) -> EnvironmentList {
        let wanted = Settings(state)
        guard wanted != settings else { return self }
        let sameSort = wanted.sortColumn == settings.sortColumn && wanted.sortAscending == settings.sortAscending
        let sorted = sameSort ? self.sorted : EnvironmentOrder.sorted(rows, by: wanted.sortColumn, ascending: wanted.sortAscending, now: now)
        let groups = wanted.grouping == settings.grouping ? self.groups : EnvironmentGroups(rows, by: wanted.grouping)
        return EnvironmentList(rows: rows, now: now, lookup: lookup, settings: wanted, sorted: sorted, groups: groups)
    }

    /// The lines, as entries made on access.
    public var entries: Entries { Entries(lines: lines, rows: rows) }

    /// Selectable environment ids, in display order.
    public var environmentIDs: [String] { shown.map { rows[$0].environment.id } }

    /// How many environments are shown.
    var environmentCount: Int { shown.count }

    /// The first environment shown, if any.
    var firstEnvironmentID: String? { shown.first.map { rows[$0].environment.id } }

    /// The id of the environment at a place in display order.
    func environmentID(at position: Int) -> String { rows[shown[position]].environment.id }

    /// Place of an environment in display order, nil when not shown.
    func position(of environmentID: String?) -> Int? {
        lookup.value(for: environmentID, in: positionOfRow)
    }

    /// Entry index of an environment.
    public func entryIndex(of environmentID: String?) -> Int? {
        lookup.value(for: environmentID, in: lineOfRow)
    }

    /// What `/` searches in the Environments view.
    static func searchFields(_ row: EnvironmentOverview) -> [String] {
        let environment = row.environment
        return [environment.id, environment.name, row.tenantName, environment.region, environment.zone,
                environment.stage.rawValue, environment.tier.rawValue, environment.release?.version ?? "",
                environment.cluster, environment.namespace] + environment.tags
    }

    /// Makes the texts the `/` filter searches now (see `RowLookup.prepare`).
    func prepareFilter() {
        lookup.prepare()
    }
}

extension EnvironmentList {
    /// The list's lines as `Entry` values, made when read so that a rebuild copies no rows.
    public struct Entries: RandomAccessCollection, Sendable {
        let lines: [Line]
        let rows: [EnvironmentOverview]

        public var startIndex: Int { lines.startIndex }
        public var endIndex: Int { lines.endIndex }

        public subscript(position: Int) -> Entry {
            switch lines[position] {
            case .group(let title, let status, let count): return .group(title: title, status: status, count: count)
            case .row(let row): return .environment(rows[row])
            }
        }
    }
}
