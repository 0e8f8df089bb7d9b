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
        let sorted = matching.sorted { Self.ordered($0, $1, by: state.sortColumn, ascending: state.sortAscending, now: overview.now) }
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
        self.environmentIDs = entries.compactMap {
            if case .environment(let row) = $0 { return row.environment.id }
            return nil
        }
    }

    /// Entry index of an environment.
    public func entryIndex(of environmentID: String?) -> Int? {
        guard let environmentID else { return nil }
        return entries.firstIndex {
            if case .environment(let row) = $0 { return row.environment.id == environmentID }
            return false
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

    /// Sort order; ties fall back to the environment id so the order is stable across reloads.
    static func ordered(_ lhs: EnvironmentOverview, _ rhs: EnvironmentOverview, by column: EnvironmentColumn, ascending: Bool, now: Date) -> Bool {
        let comparison = compare(lhs, rhs, column, now: now)
        if comparison == 0 { return lhs.environment.id < rhs.environment.id }
        return ascending ? comparison < 0 : comparison > 0
    }

    private static func compare(_ lhs: EnvironmentOverview, _ rhs: EnvironmentOverview, _ column: EnvironmentColumn, now: Date) -> Int {
        func order<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a > b ? 1 : 0) }
        let left = lhs.environment, right = rhs.environment
        switch column {
        case .environment: return order(left.id, right.id)
        case .stage: return order(left.stage.rawValue, right.stage.rawValue)
        case .tier: return order(left.tier.rawValue, right.tier.rawValue)
        case .tenancy: return order(left.tenancy.rawValue, right.tenancy.rawValue)
        case .region: return order(left.region, right.region)
        case .odoo: return order(left.odooVersion, right.odooVersion)
        case .release: return order(left.release?.version ?? "", right.release?.version ?? "")
        case .releaseAge: return order(lhs.releaseAge(now: now) ?? -1, rhs.releaseAge(now: now) ?? -1)
        case .health: return order(lhs.overall.severity * 10 + lhs.health.severity, rhs.overall.severity * 10 + rhs.health.severity)
        case .backup: return order(lhs.backup.status.severity, rhs.backup.status.severity)
        case .freeze: return order(freezeRank(lhs.freeze.state), freezeRank(rhs.freeze.state))
        }
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
