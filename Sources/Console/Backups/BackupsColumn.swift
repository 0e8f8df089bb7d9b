import TerminalUI

/// Columns of the Backups list, in display order; lower priority gives way first on narrow screens.
enum BackupsColumn: Int, CaseIterable {
    case environment, status, exposure, restoreTest, problems, lastFull, pitr, tier, protection, topReason

    /// How the column claims width: at 80 columns the first seven show, at 120 every one.
    var layout: TableColumn {
        switch self {
        case .environment: return TableColumn("ENVIRONMENT", minWidth: 21, maxWidth: 26, flex: 1, priority: 100)
        case .status: return TableColumn("BACKUP", minWidth: 9, maxWidth: 9, priority: 95)
        case .exposure: return TableColumn("LOSS / RPO", minWidth: 11, maxWidth: 12, priority: 90)
        case .restoreTest: return TableColumn("RESTORE TEST", minWidth: 12, maxWidth: 12, priority: 85)
        case .problems: return TableColumn("ISSUES", minWidth: 6, maxWidth: 6, priority: 80, alignment: .right)
        case .lastFull: return TableColumn("FULL", minWidth: 6, maxWidth: 6, priority: 70, alignment: .right)
        case .pitr: return TableColumn("PITR", minWidth: 7, maxWidth: 7, priority: 60, alignment: .right)
        case .tier: return TableColumn("TIER", minWidth: 8, maxWidth: 8, priority: 40)
        case .protection: return TableColumn("PROTECTION", minWidth: 11, maxWidth: 11, priority: 50)
        case .topReason: return TableColumn("WORST REASON", minWidth: 16, flex: 3, priority: 45)
        }
    }
}
