import TerminalUI

/// Where the Health view draws, shared by `update` (paging, scroll limits) and rendering.
enum HealthLayout {
    /// From this width the list stays on the left and the selected environment shows beside it.
    static let splitMinimumWidth = 110
    /// Columns of the list pane in the split layout while browsing (counts and ages show).
    static let listPaneWidth = 46
    /// Columns of the list pane once drilled in: status and id only, so the detail gets the room.
    static let compactListPaneWidth = 30

    static func paneWidth(drilledIn: Bool) -> Int { drilledIn ? compactListPaneWidth : listPaneWidth }
    /// Rows of the detail's pinned header (identity, counts, suspect); the rest scrolls.
    static let pinnedHeaderRows = 3

    static func isSplit(_ size: Size) -> Bool { size.width >= splitMinimumWidth }

    /// The content area below the shell's two header rows and above its two footer rows.
    static func contentRect(for size: Size) -> Rect { EnvironmentsLayout.contentRect(for: size) }

    /// The list's rectangle; empty when the detail covers the screen (narrow and drilled in).
    static func listRect(for size: Size, drilledIn: Bool) -> Rect {
        let content = contentRect(for: size)
        if isSplit(size) { return content.splitHorizontally(left: paneWidth(drilledIn: drilledIn)).left }
        return drilledIn ? Rect(x: content.x, y: content.y, width: 0, height: 0) : content
    }

    /// The detail's rectangle; empty when only the list shows (narrow, not drilled in).
    static func detailRect(for size: Size, drilledIn: Bool) -> Rect {
        let content = contentRect(for: size)
        if isSplit(size) { return content.splitHorizontally(left: paneWidth(drilledIn: drilledIn) + 1).right }
        return drilledIn ? content : Rect(x: content.x, y: content.y, width: 0, height: 0)
    }

    /// List rows visible under the table header.
    static func visibleListRows(for size: Size) -> Int {
        max(0, listRect(for: size, drilledIn: false).height - 1)
    }

    /// Scrolling rows of the detail (below its pinned header).
    static func detailBodyRows(for size: Size) -> Int {
        max(0, detailRect(for: size, drilledIn: true).height - pinnedHeaderRows)
    }
}
