import Foundation
import OpsModel
import TerminalUI

/// Draws the Backups view: the list of environments by risk with the selected one's reasons below, or its detail.
enum BackupsView {
    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        guard let overview = state.overview else {
            _ = buffer.put(state.isLoading || state.snapshot == nil ? "Loading the estate..." : "No data.", x: rect.x + 1, y: rect.y + 1, style: Style(role: .textDim))
            return
        }
        let list = state.backupsList
        if let detailID = state.backups.detailID {
            BackupsDetailView.render(state, entry: list.unfilteredEntry(detailID), environmentID: detailID, in: rect, buffer: &buffer)
            return
        }
        if list.entries.isEmpty {
            let message = state.backups.filter.isEmpty ? "The estate has no environments." : "No environment matches \"\(state.backups.filter)\" (Esc clears the filter)."
            _ = buffer.put(message, x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 2, style: Style(role: .textDim))
            return
        }
        let tableHeight = BackupsLayout.tableHeight(content: rect, rowCount: list.entries.count)
        let (tableRect, previewRect) = rect.splitVertically(top: tableHeight)
        let selected = list.selectedIndex(state.backups.selectedID)
        let visible = max(1, tableHeight - 1)
        let offset = selected.map { Table.scrollOffset(keeping: $0, visibleRows: visible, current: state.backups.scrollOffset) } ?? 0
        let columns = BackupsColumn.allCases
        let rows = WindowedRows.rows(count: list.entries.count, scrollOffset: offset, height: tableRect.height) { index in
            .item(columns.map { BackupsCells.cell($0, entry: list.entries[index], now: overview.now, glyphs: state.glyphs) })
        }
        Table(columns: columns.map(\.layout), rows: rows, selectedRow: selected, scrollOffset: offset, glyphs: state.glyphs)
            .render(in: tableRect, buffer: &buffer)
        if let selected, !previewRect.isEmpty {
            renderPreview(list.entries[selected], state: state, in: previewRect, buffer: &buffer)
        }
    }

    /// The selected environment's reasons under the list, worst first, so the list answers "why" without a key press.
    static func renderPreview(_ entry: BackupsEntry, state: AppState, in rect: Rect, buffer: inout Buffer) {
        let glyphs = state.glyphs
        let verdict = entry.verdict
        let title = " \(entry.id) \(glyphs.pointer) \(verdict.reasons.count) reason\(verdict.reasons.count == 1 ? "" : "s"), Enter for detail "
        let rule = glyphs.horizontal + glyphs.horizontal + title
        _ = buffer.put(rule + String(repeating: glyphs.horizontal, count: max(0, rect.width - DisplayWidth.of(rule))), x: rect.x, y: rect.y, maxWidth: rect.width, style: Style(role: .border))
        let lines = verdict.reasons.flatMap { BackupsLines.reason($0, glyphs: glyphs, width: rect.width - 1) }
        let room = rect.height - 1
        guard room > 0 else { return }
        // When the reasons do not fit, the last line says how many lines the detail has beyond them.
        let overflow = lines.count > room
        let shown = overflow ? Array(lines.prefix(room - 1)) : lines
        for (index, line) in shown.enumerated() {
            _ = buffer.put(line.truncated(toWidth: rect.width - 1, ellipsis: glyphs.ellipsis), x: rect.x + 1, y: rect.y + 1 + index, maxWidth: rect.width - 1)
        }
        if overflow {
            let more = "\(glyphs.ellipsis) \(lines.count - shown.count) more line\(lines.count - shown.count == 1 ? "" : "s") of reasons: Enter opens the detail"
            _ = buffer.put(more, x: rect.x + 1, y: rect.y + room, maxWidth: rect.width - 1, style: Style(role: .textDim))
        }
    }
}
