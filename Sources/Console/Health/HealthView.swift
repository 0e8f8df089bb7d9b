import Foundation
import OpsModel
import TerminalUI

/// Draws the Health view: environments worst first, and the selected one's impact, alerts, changes and signals.
///
/// From `HealthLayout.splitMinimumWidth` columns the list stays on the left and the detail of the
/// selection shows beside it (drilling in moves the focus there); narrower, the list fills the
/// screen and drilling in replaces it with the detail.
enum HealthView {
    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        guard let overview = state.overview else {
            _ = buffer.put(state.isLoading || state.snapshot == nil ? "Loading the estate…" : "No data.", x: rect.x + 1, y: rect.y + 1, style: Style(role: .textDim))
            return
        }
        let drilledIn = state.health.detailID != nil
        let list = state.healthList
        let listRect = HealthLayout.listRect(for: state.size, drilledIn: drilledIn)
        if !listRect.isEmpty {
            renderList(list, overview: overview, state: state, focused: !drilledIn, in: listRect, buffer: &buffer)
        }
        let detailRect = HealthLayout.detailRect(for: state.size, drilledIn: drilledIn)
        guard !detailRect.isEmpty else { return }
        if HealthLayout.isSplit(state.size) {
            for row in rect.y..<rect.maxY {
                buffer.put(state.glyphs.vertical, x: detailRect.x - 1, y: row, maxWidth: 1, style: Style(role: .border))
            }
        }
        guard let id = HealthDetail.shownEnvironmentID(state, list: list) else {
            let message = list.isEmpty ? "" : "Select an environment."
            _ = buffer.put(message, x: detailRect.x + 1, y: detailRect.y + 1, style: Style(role: .textDim))
            return
        }
        renderDetail(state, environmentID: id, focused: drilledIn, in: detailRect, buffer: &buffer)
    }

    static func renderList(_ list: HealthEnvironmentList, overview: EstateOverview, state: AppState, focused: Bool, in rect: Rect, buffer: inout Buffer) {
        if list.isEmpty {
            let filter = HealthUpdate.listFilter(state.health)
            let message = filter.isEmpty ? "The estate has no environments." : "No environment matches \"\(filter)\" (Esc clears the filter)."
            _ = buffer.put(truncate(message, toWidth: rect.width - 1, ellipsis: state.glyphs.ellipsis), x: rect.x + 1, y: rect.y + 1, style: Style(role: .textDim))
            return
        }
        let signals = state.estate.signals
        let rows = WindowedRows.rows(count: list.count, scrollOffset: state.health.listScroll, height: rect.height) { index in
            let row = list.row(at: index)
            let entry = state.healthEntryMemo.entry(environmentID: row.environment.id, generation: state.dataGeneration) {
                HealthEnvironmentList.Entry(row: row, health: overview.health, signals: signals)
            }
            return .item(HealthListColumn.cells(entry, now: state.now, glyphs: state.glyphs))
        }
        Table(
            columns: HealthListColumn.allCases.map(\.column), rows: rows, selectedRow: list.index(of: state.health.selectedID),
            scrollOffset: state.health.listScroll, selectionRole: focused ? .selection : .selectionInactive, glyphs: state.glyphs
        ).render(in: rect, buffer: &buffer)
    }

    static func renderDetail(_ state: AppState, environmentID: String, focused: Bool, in rect: Rect, buffer: inout Buffer) {
        guard let detail = HealthDetail.make(state: state, environmentID: environmentID, width: rect.width) else {
            _ = buffer.put("Environment \(environmentID) is no longer in the estate (Esc goes back).", x: rect.x + 1, y: rect.y + 1, style: Style(role: .statusWarn))
            return
        }
        let (headerRect, bodyRect) = rect.splitVertically(top: HealthLayout.pinnedHeaderRows)
        TextView(lines: detail.header, wraps: false, glyphs: state.glyphs).render(in: headerRect, buffer: &buffer)
        let scroll = focused ? min(state.health.detailScroll, max(0, detail.body.count - bodyRect.height)) : 0
        TextView(lines: detail.body, scrollOffset: scroll, wraps: false, glyphs: state.glyphs).render(in: bodyRect, buffer: &buffer)
    }
}
