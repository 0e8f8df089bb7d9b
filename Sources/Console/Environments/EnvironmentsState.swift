/// How the Environments list is grouped.
public enum Grouping: String, Sendable, CaseIterable {
    case tenant, tier, region, none

    /// The next grouping in the `t` cycle.
    public var next: Grouping {
        let all = Grouping.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// Columns of the Environments table, in display order. `overall` is the row's mark, the worst
/// of its health, backups and incidents: the default order, so the sort sign stands above the marks.
public enum EnvironmentColumn: Int, Sendable, CaseIterable {
    case overall, environment, stage, tier, tenancy, region, odoo, release, releaseAge, health, backup, freeze

    /// The header text.
    public var title: String {
        switch self {
        case .overall: return ""
        case .environment: return "ENVIRONMENT"
        case .stage: return "STAGE"
        case .tier: return "TIER"
        case .tenancy: return "TENANCY"
        case .region: return "REGION"
        case .odoo: return "ODOO"
        case .release: return "RELEASE"
        case .releaseAge: return "AGE"
        case .health: return "HEALTH"
        case .backup: return "BACKUP"
        case .freeze: return "FREEZE NOW"
        }
    }

    /// What the `s` notice calls the column.
    public var name: String {
        self == .overall ? "worst mark" : title.lowercased()
    }

    /// Verdict columns sort worst first; text columns A to Z.
    public var defaultAscending: Bool {
        switch self {
        case .overall, .health, .backup, .freeze, .releaseAge: return false
        default: return true
        }
    }
}

/// The Environments view's own state: selection, scroll, sort, grouping, filter, drill-down.
public struct EnvironmentsState: Sendable, Equatable {
    public var grouping: Grouping = .tenant
    public var sortColumn: EnvironmentColumn = .overall
    /// Marks, health, backup and freeze sort worst first when "ascending" is false.
    public var sortAscending = false
    public var filter = ""
    /// The selected environment by id, so it stays selected when data reloads or order changes.
    public var selectedID: String?
    public var scrollOffset = 0
    /// The environment whose detail is open, if any.
    public var detailID: String?
    public var detailScroll = 0

    public init() {}
}
