import TerminalUI

/// The rows of a `Table` where only the lines it will draw are built: the rest are blank
/// placeholders, so the table still sizes its scrollbar and clamps its scroll by the whole count
/// while a frame costs what the screen shows, not what the list holds.
enum WindowedRows {
    /// `count` rows for a table drawn `height` lines high (header included) from `scrollOffset`;
    /// `make` builds the row at an index and is called only for the shown ones.
    static func rows(count: Int, scrollOffset: Int, height: Int, make: (Int) -> TableRow) -> [TableRow] {
        var rows = [TableRow](repeating: .group("", .plain), count: count)
        // The same clamping as `Table.render`, so the built window is the one it draws.
        let visible = max(0, height - 1)
        let offset = min(max(0, scrollOffset), max(0, count - visible))
        for index in offset..<min(count, offset + visible) {
            rows[index] = make(index)
        }
        return rows
    }
}
