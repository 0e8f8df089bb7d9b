/// A table with a header, group rows, a selection, sorting marks and a scrollbar.
public struct Table: Widget, Sendable {
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// The rows, top to bottom.
    public var rows: [TableRow]
    /// Index into `rows` of the selected row.
    public var selectedRow: Int?
    /// Index of the first row shown (clamped when drawing).
    public var scrollOffset: Int
    /// Column the rows are sorted by, marked in the header.
    public var sortColumn: Int?
    /// Direction of the sort.
    public var sortAscending: Bool
    /// Style of the header row.
    public var headerStyle: Style
    /// Role of the selected row (`selectionInactive` when the table has no focus).
    public var selectionRole: Role
    /// The symbols to draw with.
    public var glyphs: GlyphSet

    /// Columns are separated by this many blank columns.
    public static let columnGap = 1

    /// Creates a table.
    public init(columns: [TableColumn], rows: [TableRow], selectedRow: Int? = nil, scrollOffset: Int = 0,
                sortColumn: Int? = nil, sortAscending: Bool = true,
                headerStyle: Style = Style(role: .header, attributes: .bold),
                selectionRole: Role = .selection, glyphs: GlyphSet = .unicode) {
        self.columns = columns
        self.rows = rows
        self.selectedRow = selectedRow
        self.scrollOffset = scrollOffset
        self.sortColumn = sortColumn
        self.sortAscending = sortAscending
        self.headerStyle = headerStyle
        self.selectionRole = selectionRole
        self.glyphs = glyphs
    }

    /// Which columns fit in `width` and where they go.
    ///
    /// While the minimum widths (plus gaps) exceed the width, the lowest-priority column is dropped
    /// (the rightmost one among equals). Spare width goes to columns by `flex`, up to `maxWidth`.
    public static func layoutColumns(_ columns: [TableColumn], width: Int) -> [ColumnLayout] {
        var shown = Array(columns.indices)
        func needed(_ indices: [Int]) -> Int {
            indices.reduce(0) { $0 + columns[$1].minWidth } + max(0, indices.count - 1) * columnGap
        }
        while !shown.isEmpty && needed(shown) > width {
            let lowest = shown.map { columns[$0].priority }.min()!
            let victim = shown.lastIndex { columns[$0].priority == lowest }!
            shown.remove(at: victim)
        }
        var widths = shown.map { columns[$0].minWidth }
        var spare = width - needed(shown)
        while spare > 0 {
            let growable = shown.indices.filter { position in
                let column = columns[shown[position]]
                return column.flex > 0 && widths[position] < (column.maxWidth ?? Int.max)
            }
            if growable.isEmpty { break }
            let totalFlex = growable.reduce(0) { $0 + columns[shown[$1]].flex }
            var given = 0
            for position in growable {
                let column = columns[shown[position]]
                let room = (column.maxWidth ?? Int.max) - widths[position]
                let share = min(room, spare * column.flex / totalFlex)
                widths[position] += share
                given += share
            }
            if given == 0 {
                // Shares rounded down to nothing: hand out the remainder one column at a time.
                for position in growable where given < spare {
                    widths[position] += 1
                    given += 1
                }
            }
            spare -= given
        }
        var x = 0
        return shown.indices.map { position in
            defer { x += widths[position] + columnGap }
            return ColumnLayout(column: shown[position], x: x, width: widths[position])
        }
    }

    /// The scroll offset that keeps row `selected` visible, moving as little as possible from `current`.
    public static func scrollOffset(keeping selected: Int, visibleRows: Int, current: Int) -> Int {
        guard visibleRows > 0 else { return max(0, selected) }
        if selected < current { return max(0, selected) }
        if selected >= current + visibleRows { return max(0, selected - visibleRows + 1) }
        return max(0, current)
    }

    /// The nearest selectable row from `start` moving by `step` (±1 for arrows, ±page for pages),
    /// stopping at the ends; nil when no row is selectable.
    public static func selectableRow(in rows: [TableRow], from start: Int?, step: Int) -> Int? {
        guard rows.contains(where: \.isSelectable) else { return nil }
        let origin = start ?? (step >= 0 ? -1 : rows.count)
        var target = min(max(origin + step, 0), rows.count - 1)
        let direction = step >= 0 ? 1 : -1
        var probe = target
        while probe >= 0 && probe < rows.count && !rows[probe].isSelectable { probe += direction }
        if probe >= 0 && probe < rows.count { return probe }
        // Nothing selectable beyond the end: search back the other way.
        target = min(max(target, 0), rows.count - 1)
        probe = target
        while probe >= 0 && probe < rows.count && !rows[probe].isSelectable { probe -= direction }
        return probe >= 0 && probe < rows.count ? probe : nil
    }

    /// Draws the header in the first row of `rect` and as many rows as fit below it.
    public func render(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let (headerRect, bodyRect) = rect.splitVertically(top: 1)
        let overflows = rows.count > bodyRect.height
        let (contentRect, scrollbarRect) = overflows ? rect.splitHorizontally(right: 1) : (rect, Rect(x: 0, y: 0, width: 0, height: 0))
        let layout = Self.layoutColumns(columns, width: contentRect.width)
        buffer.fill(rect, style: .plain)
        renderHeader(layout, in: Rect(x: headerRect.x, y: headerRect.y, width: rect.width, height: 1), buffer: &buffer)
        let visible = bodyRect.height
        let offset = min(max(0, scrollOffset), max(0, rows.count - visible))
        for line in 0..<visible {
            let index = offset + line
            guard index < rows.count else { break }
            let rowRect = Rect(x: contentRect.x, y: bodyRect.y + line, width: contentRect.width, height: 1)
            renderRow(rows[index], selected: index == selectedRow, layout: layout, in: rowRect, buffer: &buffer)
        }
        if overflows {
            Scrollbar(contentLength: rows.count, offset: offset, glyphs: glyphs)
                .render(in: Rect(x: scrollbarRect.x, y: bodyRect.y, width: 1, height: bodyRect.height), buffer: &buffer)
        }
    }

    private func renderHeader(_ layout: [ColumnLayout], in rect: Rect, buffer: inout Buffer) {
        buffer.fill(rect, style: headerStyle)
        for entry in layout {
            let column = columns[entry.column]
            var title = column.title
            if entry.column == sortColumn {
                let mark = sortAscending ? glyphs.sortAscending : glyphs.sortDescending
                // The mark matters more than the end of the title, so cut the title to make room.
                title = truncate(title, toWidth: entry.width - DisplayWidth.of(mark) - 1, ellipsis: glyphs.ellipsis)
                title = title.isEmpty ? mark : title + " " + mark
            }
            let placed = aligned(title, width: entry.width, alignment: column.alignment, ellipsis: glyphs.ellipsis)
            buffer.put(placed.text, x: rect.x + entry.x + placed.offset, y: rect.y, maxWidth: entry.width, style: headerStyle)
        }
    }

    /// A cell's style on the selected row: the selection's look, except that a status keeps its
    /// colour on the selection's background (a selected crit row must still read red).
    static func selectedStyle(_ style: Style, selection: Role) -> Style {
        if Role.keepsColourWhenSelected.contains(style.role) {
            return Style(role: style.role, attributes: style.attributes, background: selection)
        }
        return Style(role: selection, attributes: style.attributes)
    }

    private func renderRow(_ row: TableRow, selected: Bool, layout: [ColumnLayout], in rect: Rect, buffer: inout Buffer) {
        switch row {
        case .group(let title, let style):
            let drawn = selected ? Style(role: selectionRole, attributes: style.attributes) : style
            buffer.fill(rect, style: drawn)
            buffer.put(truncate(title, toWidth: rect.width, ellipsis: glyphs.ellipsis), x: rect.x, y: rect.y,
                       maxWidth: rect.width, style: drawn)
        case .item(let cells):
            if selected { buffer.fill(rect, style: Style(role: selectionRole)) }
            for entry in layout where entry.column < cells.count {
                let cell = cells[entry.column]
                let style = selected ? Self.selectedStyle(cell.style, selection: selectionRole) : cell.style
                let placed = aligned(cell.text, width: entry.width, alignment: columns[entry.column].alignment,
                                     ellipsis: glyphs.ellipsis)
                buffer.put(placed.text, x: rect.x + entry.x + placed.offset, y: rect.y, maxWidth: entry.width, style: style)
            }
        }
    }
}
