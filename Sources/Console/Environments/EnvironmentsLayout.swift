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

    /// The table's columns; lower priority gives way first on narrow screens.
    static let columns: [EnvironmentColumn: TableColumn] = [
        .overall: TableColumn("", minWidth: 1, maxWidth: 1, priority: 110),
        .environment: TableColumn("ENVIRONMENT", minWidth: 14, maxWidth: 22, flex: 3, priority: 100),
        .health: TableColumn("HEALTH", minWidth: 10, maxWidth: 14, priority: 95),
        .backup: TableColumn("BACKUP", minWidth: 9, maxWidth: 10, priority: 90),
        .freeze: TableColumn("FREEZE NOW", minWidth: 12, maxWidth: 14, flex: 1, priority: 85),
        .stage: TableColumn("STAGE", minWidth: 5, maxWidth: 7, priority: 70),
        .release: TableColumn("RELEASE", minWidth: 9, maxWidth: 14, flex: 1, priority: 60),
        .releaseAge: TableColumn("AGE", minWidth: 5, maxWidth: 6, priority: 55, alignment: .right),
        .tier: TableColumn("TIER", minWidth: 8, maxWidth: 8, priority: 50),
        .region: TableColumn("REGION", minWidth: 10, maxWidth: 14, flex: 1, priority: 40),
        .tenancy: TableColumn("TENANCY", minWidth: 9, maxWidth: 9, priority: 30),
        .odoo: TableColumn("ODOO", minWidth: 4, maxWidth: 5, priority: 20),
    ]
}
