import OpsModel

/// The Environments view's rows after filter, sort and grouping: a pure function of overview and state.
public struct EnvironmentList: Sendable {
    /// A line of the list: a group heading or an environment.
    public enum Entry: Sendable {
        case group(title: String, status: Status, count: Int)
        case environment(EnvironmentOverview)
    }

    public let entries: [Entry]
    /// Selectable environment ids, in display order.
    public let environmentIDs: [String]

    public init(overview: EstateOverview?, state: EnvironmentsState) {
        guard let overview else {
            entries = []
            environmentIDs = []
            return
        }
        let filter = state.filter.lowercased()
        let matching = filter.isEmpty ? overview.rows : overview.rows.filter { Self.matches($0, filter) }
        let sorted = Self.sorted(matching, by: state.sortColumn, ascending: state.sortAscending, now: overview.now)
        var entries: [Entry] = []
        if state.grouping == .none {
            entries = sorted.map { .environment($0) }
        } else {
            var groupOrder: [String] = []
            var groups: [String: [EnvironmentOverview]] = [:]
            for row in sorted {
                let key = Self.groupTitle(row, state.grouping)
                if groups[key] == nil { groupOrder.append(key) }
                groups[key, default: []].append(row)
            }
            // Worst group first, so the on-call engineer reads the trouble at the top.
            let ranked = groupOrder.map { key -> (key: String, status: Status, members: [EnvironmentOverview]) in
                let members = groups[key] ?? []
                return (key, Status.rollUp(members.map(\.overall)), members)
            }.sorted { ($0.status.severity, $1.key) > ($1.status.severity, $0.key) }
            for group in ranked {
                entries.append(.group(title: group.key, status: group.status, count: group.members.count))
                entries += group.members.map { .environment($0) }
            }
        }
        self.entries = entries
        var ids: [String] = []
        var indexByID: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            guard case .environment(let row) = entry else { continue }
            ids.append(row.environment.id)
            if indexByID[row.environment.id] == nil { indexByID[row.environment.id] = index }
        }
        self.environmentIDs = ids
        self.indexByID = indexByID
    }

    private var indexByID: [String: Int] = [:]

    /// Entry index of an environment.
    public func entryIndex(of environmentID: String?) -> Int? {
        environmentID.flatMap { indexByID[$0] }
    }

    /// Sorts by comparing precomputed keys of row indices: at 10,000 rows, comparing whole rows
    /// copied them on every comparison (docs/performance.md).
    static func sorted(_ rows: [EnvironmentOverview], by column: EnvironmentColumn, ascending: Bool, now: Date) -> [EnvironmentOverview] {
        let ids = rows.map(\.environment.id)
        let order: [Int]
        if let numbers = numericKeys(rows, column, now: now) {
            order = rows.indices.sorted { a, b in
                if numbers[a] != numbers[b] { return ascending ? numbers[a] < numbers[b] : numbers[a] > numbers[b] }
                return ids[a] < ids[b]
            }
        } else {
            let texts = rows.map { textKey($0, column) }
            order = rows.indices.sorted { a, b in
                if texts[a] != texts[b] { return ascending ? texts[a] < texts[b] : texts[a] > texts[b] }
                return ids[a] < ids[b]
            }
        }
        return order.map { rows[$0] }
    }

    private static func numericKeys(_ rows: [EnvironmentOverview], _ column: EnvironmentColumn, now: Date) -> [Double]? {
        switch column {
        case .releaseAge: return rows.map { $0.releaseAge(now: now) ?? -1 }
        case .health: return rows.map { Double($0.overall.severity * 10 + $0.health.severity) }
        case .backup: return rows.map { Double($0.backup.status.severity) }
        case .freeze: return rows.map { Double(freezeRank($0.freeze.state)) }
        default: return nil
        }
    }

    private static func textKey(_ row: EnvironmentOverview, _ column: EnvironmentColumn) -> String {
        let environment = row.environment
        switch column {
        case .environment: return environment.id
        case .stage: return environment.stage.rawValue
        case .tier: return environment.tier.rawValue
        case .tenancy: return environment.tenancy.rawValue
        case .region: return environment.region
        case .odoo: return environment.odooVersion
        case .release: return environment.release?.version ?? ""
        default: return ""
        }
    }

    static func groupTitle(_ row: EnvironmentOverview, _ grouping: Grouping) -> String {
        switch grouping {
        case .tenant: return row.tenantName
        case .tier: return row.environment.tier.rawValue
        case .region: return row.environment.region
        case .none: return ""
        }
    }

    static func matches(_ row: EnvironmentOverview, _ filter: String) -> Bool {
        let environment = row.environment
        let fields = [environment.id, environment.name, row.tenantName, environment.region, environment.zone,
                      environment.stage.rawValue, environment.tier.rawValue, environment.release?.version ?? "",
                      environment.cluster, environment.namespace] + environment.tags
        return fields.contains { $0.lowercased().contains(filter) }
    }

    private static func freezeRank(_ state: FreezeNow.State) -> Int {
        switch state {
        case .open: return 0
        case .outsideMaintenance: return 1
        case .softFreeze: return 2
        case .freeze: return 3
        }
    }
}

import Foundation
