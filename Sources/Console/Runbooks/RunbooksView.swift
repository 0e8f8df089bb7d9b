import OpsModel
import TerminalUI

/// Draws the Runbooks view into the content area: the ranked list and the reader side by side
/// on wide screens, one at a time on narrow ones.
enum RunbooksView {
    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        guard state.snapshot != nil else {
            buffer.put("Loading the estate…", x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 1, style: Style(role: .textDim))
            return
        }
        // `update` keeps the selection valid; before the first key the best match is shown.
        var state = state
        if state.runbooks.selectedID == nil { state.runbooks.selectedID = RunbooksUpdate.matches(state).first?.runbook.id }
        let size = state.size
        let readerOpen = state.runbooks.openID != nil
        if RunbooksLayout.isSplit(size) {
            RunbooksListView.render(state, in: RunbooksLayout.listRect(size), focused: !readerOpen, buffer: &buffer)
            let reader = RunbooksLayout.readerRect(size)
            for row in reader.y..<reader.maxY {
                buffer.put(state.glyphs.vertical, x: reader.x - 1, y: row, maxWidth: 1, style: Style(role: .border))
            }
            RunbookReaderView.render(state, in: reader, buffer: &buffer)
        } else if readerOpen {
            RunbookReaderView.render(state, in: RunbooksLayout.readerRect(size), buffer: &buffer)
        } else {
            RunbooksListView.render(state, in: RunbooksLayout.listRect(size), focused: true, buffer: &buffer)
        }
    }
}

/// The reader pane: the runbook filled for its environment, scrollable, with the focused
/// command repeated below as plain text (no bar, no indent) so it can be selected and pasted.
enum RunbookReaderView {
    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        guard let reader = RunbooksUpdate.reader(state) else {
            buffer.put("No runbook selected.", x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 1, style: Style(role: .textDim))
            return
        }
        let glyphs = state.glyphs
        let textRect = RunbooksLayout.readerTextRect(state.size, hasFocus: state.runbooks.focusedCodeBlock != nil)
        let scroll = min(state.runbooks.readerScroll, max(0, reader.lines.count - textRect.height))
        TextView(lines: reader.lines, scrollOffset: scroll, wraps: false, glyphs: glyphs).render(in: textRect, buffer: &buffer)

        let panel = Rect(x: rect.x, y: textRect.maxY, width: rect.width, height: rect.maxY - textRect.maxY)
        guard panel.height > 0 else { return }
        buffer.fill(panel, style: .plain)
        let open = state.runbooks.openID != nil
        let count = reader.codeBlockText.count
        let title: String
        if let focused = state.runbooks.focusedCodeBlock, focused < count {
            title = " command \(focused + 1) of \(count) · plain text to select and paste · > next  < previous "
        } else if !open {
            title = " Enter opens the runbook "
        } else if count == 0 {
            title = " no commands in this runbook · Esc back "
        } else {
            title = " > focuses the next command (\(count) in all) · Esc back "
        }
        buffer.put(String(repeating: glyphs.horizontal, count: panel.width), x: panel.x, y: panel.y, maxWidth: panel.width, style: Style(role: .border))
        buffer.put(truncate(title, toWidth: panel.width - 2, ellipsis: glyphs.ellipsis), x: panel.x + 1, y: panel.y, maxWidth: panel.width - 1, style: Style(role: .title))
        guard let focused = state.runbooks.focusedCodeBlock, focused < count else { return }
        var rows: [String] = []
        for line in reader.codeBlockText[focused].split(separator: "\n", omittingEmptySubsequences: false) {
            rows += hardBreak(String(line), width: panel.width)
        }
        let room = panel.height - 1
        for (index, row) in rows.prefix(room).enumerated() {
            let text = index == room - 1 && rows.count > room ? truncate(row, toWidth: panel.width - 14, ellipsis: glyphs.ellipsis) + " (\(rows.count - room) more)" : row
            buffer.put(text, x: panel.x, y: panel.y + 1 + index, maxWidth: panel.width, style: Style(role: .code))
        }
    }

    /// Cuts a line into rows of `width` columns exactly where it overflows: unlike word wrap,
    /// every space is kept, so what is selected is the command as written.
    static func hardBreak(_ line: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var rows: [String] = []
        var row = ""
        var used = 0
        for character in line {
            let columns = DisplayWidth.of(character)
            if used + columns > width && used > 0 {
                rows.append(row)
                row = ""
                used = 0
            }
            row.append(character)
            used += columns
        }
        rows.append(row)
        return rows
    }
}
