import Foundation
import OpsModel

/// The Health view's environments, worst first, after the `/` filter: a pure function of the overview.
struct HealthEnvironmentList: Sendable {
    /// One environment's line.
    struct Entry: Sendable {
        var row: EnvironmentOverview
        /// Earliest moment a signal that is bad now turned bad.
        var badSince: Date?
        /// Retail processes that are `warn` or `crit`, worst first.
        var impacted: [(process: RetailProcess, status: Status)]

        func count(_ status: Status) -> Int { row.signalCounts[status] ?? 0 }
    }

    let entries: [Entry]

    init(overview: EstateOverview?, estate: Estate, filter: String) {
        guard let overview else {
            entries = []
            return
        }
        let needle = filter.lowercased()
        let rows = needle.isEmpty ? overview.rows : overview.rows.filter { Self.matches($0, needle) }
        let health = overview.health
        entries = rows.map { row in
            let id = row.environment.id
            let badSince = health.signalIndices(environmentID: id)
                .filter { $0 < estate.signals.count && [.warn, .crit].contains(health.verdicts[$0].status) }
                .compactMap { SignalAssessment.turnedBadAt(estate.signals[$0]) }
                .min()
            let impacted = RetailProcess.allCases
                .map { (process: $0, status: health.processStatus(environmentID: id, process: $0)) }
                .filter { $0.status == .crit || $0.status == .warn }
                .enumerated().sorted { ($0.element.status.severity, -$0.offset) > ($1.element.status.severity, -$1.offset) }
                .map(\.element)
            return Entry(row: row, badSince: badSince, impacted: impacted)
        }
        .sorted(by: Self.worseFirst)
    }

    /// Environment ids in display order.
    var ids: [String] { entries.map(\.row.environment.id) }

    /// Index of an environment; nil selection means the first.
    func index(of id: String?) -> Int? {
        guard !entries.isEmpty else { return nil }
        guard let id else { return 0 }
        return entries.firstIndex { $0.row.environment.id == id }
    }

    /// Health first (crit, warn, unknown, ok), then more crit, more warn, more unknown signals, then the id.
    static func worseFirst(_ lhs: Entry, _ rhs: Entry) -> Bool {
        let left = (lhs.row.health.severity, lhs.count(.crit), lhs.count(.warn), lhs.count(.unknown))
        let right = (rhs.row.health.severity, rhs.count(.crit), rhs.count(.warn), rhs.count(.unknown))
        if left != right { return left > right }
        return lhs.row.environment.id < rhs.row.environment.id
    }

    static func matches(_ row: EnvironmentOverview, _ needle: String) -> Bool {
        let environment = row.environment
        let fields = [environment.id, environment.name, row.tenantName, environment.region, environment.stage.rawValue,
                      environment.tier.rawValue, row.health.rawValue] + environment.tags
        return fields.contains { $0.lowercased().contains(needle) }
    }
}
