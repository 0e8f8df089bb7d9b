import Foundation
import OpsModel

/// The Backups list after filter and risk ordering: a pure function of the overview, the estate and the filter.
public struct BackupsList: Sendable {
    /// The environments, riskiest first.
    public let entries: [BackupsEntry]

    /// Builds the list; an empty overview gives an empty list.
    public init(overview: EstateOverview?, estate: Estate, filter: String) {
        guard let overview else {
            entries = []
            return
        }
        // The first record per environment wins, as in `EstateOverview`, so the detail shows what was judged.
        var records: [String: EnvironmentBackups] = [:]
        for backups in estate.backups where records[backups.environmentID] == nil {
            records[backups.environmentID] = backups
        }
        var tests: [String: [RestoreTest]] = [:]
        for test in estate.restoreTests {
            tests[test.environmentID, default: []].append(test)
        }
        let needle = filter.lowercased()
        let rows = needle.isEmpty ? overview.rows : overview.rows.filter { Self.matches($0, needle) }
        entries = rows
            .map { row in
                BackupsEntry(
                    row: row, records: records[row.environment.id], policy: estate.policy(for: row.environment.tier),
                    restoreTests: (tests[row.environment.id] ?? []).sorted { $0.at > $1.at }
                )
            }
            .sorted(by: BackupsRiskOrder.isRiskier)
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
    static func matches(_ row: EnvironmentOverview, _ needle: String) -> Bool {
        [row.environment.id, row.environment.name, row.environment.tenantID, row.tenantName]
            .contains { $0.lowercased().contains(needle) }
    }
}
