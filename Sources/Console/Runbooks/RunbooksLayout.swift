import TerminalUI

/// Where the Runbooks view draws, shared by `update` (paging, scrolling) and rendering.
enum RunbooksLayout {
    /// From this width the list and the reader sit side by side; below it the reader takes the whole area.
    static let splitMinimumWidth = 100

    /// Rows each list entry takes (title, then owner and review).
    static let rowsPerEntry = 2

    /// Whether list and reader are shown side by side.
    static func isSplit(_ size: Size) -> Bool {
        size.width >= splitMinimumWidth
    }

    /// The content area (below the tabs and breadcrumbs, above the hints and status bar).
    static func content(_ size: Size) -> Rect {
        Rect(x: 0, y: 2, width: size.width, height: max(0, size.height - 4))
    }

    /// The list pane.
    static func listRect(_ size: Size) -> Rect {
        let content = content(size)
        guard isSplit(size) else { return content }
        return Rect(x: content.x, y: content.y, width: listWidth(size), height: content.height)
    }

    /// The reader pane (full width when not split).
    static func readerRect(_ size: Size) -> Rect {
        let content = content(size)
        guard isSplit(size) else { return content }
        let left = listWidth(size) + 1
        return Rect(x: content.x + left, y: content.y, width: max(0, content.width - left), height: content.height)
    }

    /// Rows at the bottom of the reader for the command panel: a rule with hints, plus the
    /// focused command as plain text when one has the focus.
    static func commandPanelRows(hasFocus: Bool) -> Int {
        hasFocus ? 4 : 1
    }

    /// The reader's scrolling text area, above the command panel.
    static func readerTextRect(_ size: Size, hasFocus: Bool) -> Rect {
        let reader = readerRect(size)
        let height = max(1, reader.height - commandPanelRows(hasFocus: hasFocus))
        return Rect(x: reader.x, y: reader.y, width: reader.width, height: height)
    }

    private static func listWidth(_ size: Size) -> Int {
        min(46, max(34, size.width * 36 / 100))
    }
}
