import Testing
@testable import TerminalUI

@Suite struct TableTests {
    static let columns = [
        TableColumn("Name", minWidth: 12, flex: 2, priority: 10),
        TableColumn("Status", minWidth: 8, priority: 9),
        TableColumn("Version", minWidth: 10, maxWidth: 16, flex: 1, priority: 5),
        TableColumn("Owner", minWidth: 12, flex: 1, priority: 3),
        TableColumn("Updated", minWidth: 16, priority: 4, alignment: .right),
        TableColumn("Notes", minWidth: 20, flex: 3, priority: 1),
    ]

    @Test(arguments: [
        (40, [0, 1, 2]),
        (80, [0, 1, 2, 3, 4]),
        (120, [0, 1, 2, 3, 4, 5]),
        (250, [0, 1, 2, 3, 4, 5]),
    ])
    func lowPriorityColumnsAreDroppedFirst(width: Int, shown: [Int]) {
        let layout = Table.layoutColumns(Self.columns, width: width)
        #expect(layout.map(\.column) == shown)
        // Flexible columns take all spare width: the last column ends at the right edge.
        #expect(layout.last.map { $0.x + $0.width } == width)
        for entry in layout {
            #expect(entry.width >= Self.columns[entry.column].minWidth)
            #expect(entry.width <= (Self.columns[entry.column].maxWidth ?? .max))
        }
        for (left, right) in zip(layout, layout.dropFirst()) {
            #expect(right.x == left.x + left.width + Table.columnGap)
        }
    }

    @Test func spareWidthFollowsFlexAndMaxWidth() {
        #expect(Table.layoutColumns(Self.columns, width: 40) == [
            ColumnLayout(column: 0, x: 0, width: 18),
            ColumnLayout(column: 1, x: 19, width: 8),
            ColumnLayout(column: 2, x: 28, width: 12),
        ])
        let wide = Table.layoutColumns(Self.columns, width: 250)
        #expect(wide[2].width == 16)   // Version stops at its maximum
        #expect(wide[1].width == 8)    // Status has no flex
        #expect(wide[5].width > wide[3].width)  // Notes (flex 3) grows more than Owner (flex 1)
    }

    @Test func tooNarrowForAnythingShowsNothing() {
        #expect(Table.layoutColumns(Self.columns, width: 5).isEmpty)
        #expect(Table.layoutColumns([], width: 80).isEmpty)
    }

    @Test func scrollOffsetKeepsTheSelectionVisible() {
        #expect(Table.scrollOffset(keeping: 3, visibleRows: 5, current: 0) == 0)
        #expect(Table.scrollOffset(keeping: 7, visibleRows: 5, current: 0) == 3)
        #expect(Table.scrollOffset(keeping: 2, visibleRows: 5, current: 4) == 2)
        #expect(Table.scrollOffset(keeping: 9, visibleRows: 5, current: 5) == 5)
        #expect(Table.scrollOffset(keeping: 0, visibleRows: 0, current: 3) == 0)
    }

    @Test func selectionSkipsGroupRows() {
        let rows: [TableRow] = [.group("prod", .plain), .item([]), .item([]), .group("test", .plain), .item([])]
        #expect(Table.selectableRow(in: rows, from: nil, step: 1) == 1)
        #expect(Table.selectableRow(in: rows, from: 2, step: 1) == 4)
        #expect(Table.selectableRow(in: rows, from: 4, step: -1) == 2)
        #expect(Table.selectableRow(in: rows, from: 1, step: -1) == 1)
        #expect(Table.selectableRow(in: rows, from: 4, step: 10) == 4)
        #expect(Table.selectableRow(in: [.group("x", .plain)], from: nil, step: 1) == nil)
    }

    static let smallColumns = [
        TableColumn("Name", minWidth: 6, flex: 1, priority: 2),
        TableColumn("Lag", minWidth: 4, priority: 1, alignment: .right),
    ]

    static func item(_ name: String, _ lag: String) -> TableRow {
        .item([TableCell(name), TableCell(lag, style: Style(role: .statusWarn))])
    }

    @Test func rendersHeaderGroupsSelectionAndSortMark() {
        let table = Table(columns: Self.smallColumns,
                          rows: [.group("Production", Style(role: .groupHeader)), Self.item("db-01", "3"), Self.item("web-01", "120")],
                          selectedRow: 2, sortColumn: 1, sortAscending: false)
        var buffer = Buffer(width: 14, height: 5)
        table.render(in: Rect(x: 0, y: 0, width: 14, height: 5), buffer: &buffer)
        #expect(buffer.lines() == [
            // Too narrow for the whole title: the title is cut, the sort mark is kept.
            "Name      L… ▼",
            "Production",
            "db-01        3",
            "web-01     120",
            "",
        ])
        #expect(buffer[x: 0, y: 0].style == Style(role: .header, attributes: .bold))
        #expect(buffer[x: 0, y: 1].style.role == .groupHeader)
        #expect(buffer[x: 13, y: 2].style.role == .statusWarn)
        // The selected row is highlighted across the full width, gaps included; its status
        // keeps its own colour on the selection's background.
        #expect((0..<14).allSatisfy { buffer[x: $0, y: 3].style.role == .selection || buffer[x: $0, y: 3].style.background == .selection })
        #expect(buffer[x: 13, y: 3].style == Style(role: .statusWarn, background: .selection))
        #expect(buffer[x: 0, y: 3].style.role == .selection)
        #expect(buffer[x: 0, y: 2].style.role == .text)
    }

    @Test func overflowingRowsScrollAndShowAScrollbar() {
        let rows = (0..<10).map { Self.item("host-\($0)", "\($0)") }
        let table = Table(columns: Self.smallColumns, rows: rows, selectedRow: 6,
                          scrollOffset: Table.scrollOffset(keeping: 6, visibleRows: 3, current: 0), glyphs: .ascii)
        var buffer = Buffer(width: 12, height: 4)
        table.render(in: Rect(x: 0, y: 0, width: 12, height: 4), buffer: &buffer)
        #expect(buffer.lines() == [
            "Name    Lag",
            "host-4    4|",
            "host-5    5#",
            "host-6    6|",
        ])
        #expect(buffer[x: 0, y: 3].style.role == .selection)
        #expect(buffer[x: 11, y: 3].style.role == .border)
    }

    @Test func scrollOffsetBeyondTheEndIsClamped() {
        let rows = (0..<4).map { Self.item("h\($0)", "") }
        var buffer = Buffer(width: 12, height: 3)
        Table(columns: Self.smallColumns, rows: rows, scrollOffset: 99, glyphs: .ascii)
            .render(in: Rect(x: 0, y: 0, width: 12, height: 3), buffer: &buffer)
        #expect(buffer.lines() == ["Name    Lag", "h2         |", "h3         #"])
    }

    @Test func longCellsAreCutWithAnEllipsis() {
        var buffer = Buffer(width: 11, height: 2)
        Table(columns: Self.smallColumns, rows: [Self.item("a-very-long-host", "12345")])
            .render(in: Rect(x: 0, y: 0, width: 11, height: 2), buffer: &buffer)
        #expect(buffer.lines()[1] == "a-ver… 123…")
    }
}
