import TerminalUI

/// Where the Backups list, its preview and the detail draw; shared by `update` (paging) and rendering.
enum BackupsLayout {
    /// Lines kept under the list for the selected environment's reasons, when the screen has room.
    static let previewMinimum = 4

    /// The content area (the same one every view draws in).
    static func contentRect(for size: Size) -> Rect {
        EnvironmentsLayout.contentRect(for: size)
    }

    /// Height of the table (header included) for a list of `rowCount` rows in `content`.
    ///
    /// The table takes what its rows need, but leaves the preview its minimum on screens tall
    /// enough (a 24-line terminal still has one); short screens give everything to the table.
    static func tableHeight(content: Rect, rowCount: Int) -> Int {
        guard content.height >= 12 else { return content.height }
        return max(2, min(rowCount + 1, content.height - previewMinimum))
    }

    /// List rows visible under the table header.
    static func visibleRows(for size: Size, rowCount: Int) -> Int {
        max(1, tableHeight(content: contentRect(for: size), rowCount: rowCount) - 1)
    }
}
