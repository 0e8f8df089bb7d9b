import TerminalUI

/// Where the Environments view draws, shared by `update` (paging, scrolling) and rendering.
public enum EnvironmentsLayout {
    /// Rows of the content area: the screen less the two header rows and two footer rows.
    public static func contentRect(for size: Size) -> Rect {
        Rect(x: 0, y: 2, width: size.width, height: max(0, size.height - 4))
    }

    /// List rows visible under the table header.
    public static func visibleRows(for size: Size) -> Int {
        max(0, contentRect(for: size).height - 1)
    }

    /// The table's columns, titled by `EnvironmentColumn.title`; lower priority gives way first on narrow screens.
    static let columns: [EnvironmentColumn: TableColumn] = Dictionary(uniqueKeysWithValues: EnvironmentColumn.allCases.map { ($0, column($0)) })

    private static func column(_ column: EnvironmentColumn) -> TableColumn {
        let title = column.title
        switch column {
        case .overall: return TableColumn(title, minWidth: 1, maxWidth: 1, priority: 110)
        case .environment: return TableColumn(title, minWidth: 14, maxWidth: 22, flex: 3, priority: 100)
        case .health: return TableColumn(title, minWidth: 10, maxWidth: 14, priority: 95)
        case .backup: return TableColumn(title, minWidth: 9, maxWidth: 10, priority: 90)
        case .freeze: return TableColumn(title, minWidth: 12, maxWidth: 14, flex: 1, priority: 85)
        case .stage: return TableColumn(title, minWidth: 5, maxWidth: 7, priority: 70)
        case .release: return TableColumn(title, minWidth: 9, maxWidth: 14, flex: 1, priority: 60)
        case .releaseAge: return TableColumn(title, minWidth: 5, maxWidth: 6, priority: 55, alignment: .right)
        case .tier: return TableColumn(title, minWidth: 8, maxWidth: 8, priority: 50)
        case .region: return TableColumn(title, minWidth: 10, maxWidth: 14, flex: 1, priority: 40)
        case .tenancy: return TableColumn(title, minWidth: 9, maxWidth: 9, priority: 30)
        case .odoo: return TableColumn(title, minWidth: 4, maxWidth: 5, priority: 20)
        }
    }
}
