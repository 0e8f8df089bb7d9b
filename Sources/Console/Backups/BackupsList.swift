import Foundation
import OpsModel

/// The Backups list after filter and risk ordering: a pure function of the overview, the estate
/// and the filter, kept in `AppState.backupsList` and narrowed again by `Update` when the filter
/// changes, so frames and keys do not judge and sort the estate again.
public struct BackupsList: Sendable {
    /// The environments, riskiest first.
    public let entries: [BackupsEntry]
    /// The filter the list was narrowed with.
    let filter: String
    /// Every environment riskiest first, kept so a filter keystroke only narrows.
    private let all: [BackupsEntry]
    private let lookup: RowLookup

    /// Builds the list; an empty overview gives an empty list.
    public init(overview: EstateOverview?, estate: Estate, filter: String) {
        guard let overview else {
            self.init(all: [], filter: filter)
            return
        }
        // Built into one array and sorted in place: an entry is over a kilobyte, and a sorted
        // copy of 10,000 of them was the peak of a large estate's first frame (docs/performance.md).
        var all = overview.rows.map { row in
            BackupsEntry(
                // The records and tests the overview judged, so the detail shows what was judged.
                row: row, records: overview.backupRecords(row.environment.id), policy: estate.policy(for: row.environment.tier),
                restoreTests: overview.restoreTests(row.environment.id).sorted { $0.at > $1.at }
            )
        }
        // Sorted by keys read once, then the entries put in that order by swaps, in place.
        let keys = all.map(BackupsRiskOrder.Key.init)
        let order = keys.indices.sorted { BackupsRiskOrder.isRiskier(keys[$0], keys[$1]) }
        all.permute(to: order)
        self.init(all: all, filter: filter)
    }

    private init(all: [BackupsEntry], filter: String, lookup: RowLookup? = nil) {
        self.all = all
        self.filter = filter
        self.lookup = lookup ?? RowLookup(all, id: { $0[$1].id }, fields: { Self.searchFields($0.row) })
        entries = filter.isEmpty ? all : self.lookup.narrow(Array(all.indices), to: filter).map { all[$0] }
    }

    /// This list narrowed by `filter`: itself when it is the same, else narrowed again without judging or sorting.
    func updated(filter: String) -> BackupsList {
        filter == self.filter ? self : BackupsList(all: all, filter: filter, lookup: lookup)
    }

    /// An environment's entry whether or not the filter lists it (the detail stays open when it does not).
    func unfilteredEntry(_ environmentID: String) -> BackupsEntry? {
        lookup.row(environmentID).map { all[$0] }
    }

    /// Environment ids in display order.
    public var environmentIDs: [String] { entries.map(\.id) }

    /// Position of an environment in the list.
    public func index(of environmentID: String?) -> Int? {
        guard let environmentID else { return nil }
        return entries.firstIndex { $0.id == environmentID }
    }

    /// The selected entry's index: the remembered one if still listed, else the first row.
    public func selectedIndex(_ environmentID: String?) -> Int? {
        index(of: environmentID) ?? (entries.isEmpty ? nil : 0)
    }

    /// `/` matches the environment id, its name, and the tenant's id or name.
    static func searchFields(_ row: EnvironmentOverview) -> [String] {
        [row.environment.id, row.environment.name, row.environment.tenantID, row.tenantName]
    }

    /// Makes the texts the `/` filter searches now (see `RowLookup.prepare`).
    func prepareFilter() {
        lookup.prepare()
    }
}
