/// A table column: its title and how it claims width.
public struct TableColumn: Sendable, Hashable {
    /// Header text.
    public var title: String
    /// Columns the column needs to be shown at all.
    public var minWidth: Int
    /// Columns it may grow to (unbounded when nil).
    public var maxWidth: Int?
    /// Share of spare width it takes relative to other columns (0 = never grows).
    public var flex: Int
    /// When the table is too narrow, columns with the lowest priority are dropped first.
    public var priority: Int
    /// Placement of text in the column.
    public var alignment: Alignment

    /// Creates a column.
    public init(_ title: String, minWidth: Int, maxWidth: Int? = nil, flex: Int = 0, priority: Int = 0,
                alignment: Alignment = .left) {
        self.title = title
        self.minWidth = max(0, minWidth)
        self.maxWidth = maxWidth.map { max($0, max(0, minWidth)) }
        self.flex = max(0, flex)
        self.priority = priority
        self.alignment = alignment
    }
}

/// The text of one table cell.
public struct TableCell: Sendable, Hashable {
    /// Cell text (single line).
    public var text: String
    /// How it is drawn (outside the selected row).
    public var style: Style

    /// Creates a cell.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// A table row: a group header spanning all columns, or an item with one cell per column.
public enum TableRow: Sendable, Hashable {
    /// A non-selectable header line for the rows after it.
    case group(String, Style)
    /// A selectable row, one cell per column (missing cells are blank).
    case item([TableCell])

    /// True for rows the selection may rest on.
    public var isSelectable: Bool {
        if case .item = self { return true }
        return false
    }
}

/// Where a shown column is drawn.
public struct ColumnLayout: Sendable, Hashable {
    /// Index of the column in the table's `columns`.
    public var column: Int
    /// Left edge, relative to the table's left edge.
    public var x: Int
    /// Width in columns.
    public var width: Int

    /// Creates a layout entry.
    public init(column: Int, x: Int, width: Int) {
        self.column = column
        self.x = x
        self.width = width
    }
}
