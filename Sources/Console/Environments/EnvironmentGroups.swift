import OpsModel

/// The Environments list's groups for one grouping: each row's group as a number, worked out once
/// per overview and grouping, so a `/` keystroke groups rows by array index instead of hashing
/// titles (and copying rows to read them) again.
struct EnvironmentGroups: Sendable {
    let grouping: Grouping
    private let titles: [String]
    private let groupOfRow: [Int]
    private let overall: [Status]

    init(_ rows: [EnvironmentOverview], by grouping: Grouping) {
        self.grouping = grouping
        guard grouping != .none else {
            titles = []
            groupOfRow = []
            overall = []
            return
        }
        var numbers: [String: Int] = [:]
        var titles: [String] = []
        var groupOfRow: [Int] = []
        var overall: [Status] = []
        groupOfRow.reserveCapacity(rows.count)
        overall.reserveCapacity(rows.count)
        // By index into the lent rows: `rows.map { row in … }` copied each row, every field
        // retained and released, on the way to the first frame of a large estate (perf).
        rows.withUnsafeBufferPointer { rows in
            for index in rows.indices {
                let title = Self.title(rows, index, grouping)
                if let number = numbers[title] {
                    groupOfRow.append(number)
                } else {
                    numbers[title] = titles.count
                    groupOfRow.append(titles.count)
                    titles.append(title)
                }
                overall.append(rows[index].overall)
            }
        }
        self.titles = titles
        self.groupOfRow = groupOfRow
        self.overall = overall
    }

    /// The lines of `matching` (row indices, sorted): each group's heading followed by its rows in
    /// that order, the worst group first, so the on-call engineer reads the trouble at the top.
    func lines(_ matching: [Int]) -> [EnvironmentList.Line] {
        guard grouping != .none else { return matching.map { .row($0) } }
        var members = [[Int]](repeating: [], count: titles.count)
        var present: [Int] = []
        for row in matching {
            let group = groupOfRow[row]
            if members[group].isEmpty { present.append(group) }
            members[group].append(row)
        }
        let ranked = present
            .map { (group: $0, status: Status.rollUp(members[$0].map { overall[$0] })) }
            .sorted { ($0.status.severity, titles[$1.group]) > ($1.status.severity, titles[$0.group]) }
        var lines: [EnvironmentList.Line] = []
        lines.reserveCapacity(matching.count + ranked.count)
        for (group, status) in ranked {
            lines.append(.group(title: titles[group], status: status, count: members[group].count))
            lines += members[group].map { .row($0) }
        }
        return lines
    }

    private static func title(_ rows: UnsafeBufferPointer<EnvironmentOverview>, _ index: Int, _ grouping: Grouping) -> String {
        switch grouping {
        case .tenant: return rows[index].tenantName
        case .tier: return rows[index].environment.tier.rawValue
        case .region: return rows[index].environment.region
        case .none: return ""
        }
    }
}
