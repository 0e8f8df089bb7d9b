import Foundation
import OpsModel

/// The Environments list's sort: row indices ordered by one precomputed key per row, the id breaking ties.
enum EnvironmentOrder {
    /// Indices of `rows` sorted by `column`. Keys are computed once per row and indices compared,
    /// because comparing whole rows copied them on every comparison (docs/performance.md).
    static func sorted(_ rows: [EnvironmentOverview], by column: EnvironmentColumn, ascending: Bool, now: Date) -> [Int] {
        let ids = rows.map(\.environment.id)
        if let numbers = numericKeys(rows, column, now: now) {
            return rows.indices.sorted { a, b in
                if numbers[a] != numbers[b] { return ascending ? numbers[a] < numbers[b] : numbers[a] > numbers[b] }
                return ids[a] < ids[b]
            }
        }
        let texts = rows.map { textKey($0, column) }
        return rows.indices.sorted { a, b in
            if texts[a] != texts[b] { return ascending ? texts[a] < texts[b] : texts[a] > texts[b] }
            return ids[a] < ids[b]
        }
    }

    private static func numericKeys(_ rows: [EnvironmentOverview], _ column: EnvironmentColumn, now: Date) -> [Double]? {
        switch column {
        case .releaseAge: return rows.map { $0.releaseAge(now: now) ?? -1 }
        case .overall: return rows.map { Double($0.overall.severity * 10 + $0.health.severity) }
        case .health: return rows.map { Double($0.health.severity * 10 + $0.overall.severity) }
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

    private static func freezeRank(_ state: FreezeNow.State) -> Int {
        switch state {
        case .open: return 0
        case .outsideMaintenance: return 1
        case .softFreeze: return 2
        case .freeze: return 3
        }
    }
}
