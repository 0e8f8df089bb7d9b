import Foundation
import OpsModel
import TerminalUI

/// Draws the Calendar view into the content area: a title with the legend, the agenda, week or
/// month grid, the readiness panel for the selection, and the view's own keys.
enum CalendarView {
    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        guard state.overview != nil else {
            buffer.put(state.isLoading || state.snapshot == nil ? "Loading the estate…" : "No data.", x: rect.x + 1, y: rect.y + 1, style: Style(role: .textDim))
            return
        }
        guard rect.height >= 8 else { return }
        let context = CalendarContext(state)
        let panelHeight = ReadinessPanel.height(for: rect.height)
        let grid = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 2 - panelHeight)
        let panel = Rect(x: rect.x, y: grid.maxY, width: rect.width, height: panelHeight)
        renderTitle(context, in: rect.row(0), buffer: &buffer)
        guard !context.lanes.isEmpty else {
            let message = state.calendar.filter.isEmpty ? "The estate has no environments." : "No environment matches \"\(state.calendar.filter)\" (Esc clears the filter)."
            buffer.put(message, x: grid.x + 1, y: grid.y + 1, style: Style(role: .textDim))
            renderKeys(state, in: rect.row(rect.height - 1), buffer: &buffer)
            return
        }
        let target: CalendarTarget?
        switch state.calendar.layout {
        case .agenda: target = CalendarAgendaView.render(context, in: grid, buffer: &buffer)
        case .week: target = CalendarWeekView.render(context, in: grid, buffer: &buffer)
        case .month: target = CalendarMonthView.render(context, in: grid, buffer: &buffer)
        }
        ReadinessPanel.render(target, context: context, in: panel, buffer: &buffer)
        renderKeys(state, in: rect.row(rect.height - 1), buffer: &buffer)
    }

    private static func renderTitle(_ context: CalendarContext, in rect: Rect, buffer: inout Buffer) {
        let state = context.state
        let zone = TimeZone(identifier: "UTC") == state.viewerZone ? "UTC" : TimeText.zoneName(state.viewerZone)
        let lanes = state.calendar.laneKind == .tier ? "by tier" : "by environment"
        let period: String
        switch state.calendar.layout {
        case .agenda:
            period = "Agenda \(CalendarText.dot(state.glyphs)) next 14 days from \(CalendarText.slot(state.now, zone: state.viewerZone))"
        case .week:
            let start = context.viewer.startOfWeek(context.cursor)
            let end = context.viewer.adding(days: 6, to: start)
            period = "Week \(TimeText.day(start, zone: state.viewerZone)) - \(TimeText.day(end, zone: state.viewerZone))"
        case .month:
            period = "Month \(context.viewer.monthTitle(context.cursor))" + (context.selected.map { " \(CalendarText.dot(state.glyphs)) \($0.lane.title)" } ?? "")
        }
        let marks = CalendarGlyphs(state.glyphs)
        let showsLegend = state.calendar.layout != .agenda
        // The fullest title and legend that fit side by side; the legend matters more than words.
        let titles = [
            StyledLine([Span(period, role: .title, attributes: .bold), Span(" \(CalendarText.dot(state.glyphs)) \(lanes) \(CalendarText.dot(state.glyphs)) times in \(zone)", role: .textDim)]),
            StyledLine([Span(period, role: .title, attributes: .bold), Span(" \(CalendarText.dot(state.glyphs)) \(zone)", role: .textDim)]),
        ]
        let legends = showsLegend ? [StyledLine(marks.legend(state.glyphs)), StyledLine(marks.legend(state.glyphs, compact: true))] : [StyledLine([])]
        var chosen: (StyledLine, StyledLine)?
        for legend in legends {
            for title in titles where title.width + (legend.width > 0 ? 2 + legend.width : 0) <= rect.width {
                chosen = (title, legend)
                break
            }
            if chosen != nil { break }
        }
        let (title, legend) = chosen ?? (titles[0].truncated(toWidth: rect.width, ellipsis: state.glyphs.ellipsis), StyledLine([]))
        buffer.put(title, x: rect.x, y: rect.y, maxWidth: rect.width)
        if legend.width > 0 { buffer.put(legend, x: rect.maxX - legend.width, y: rect.y) }
    }

    /// The view's own keys; the shell's hint row shows the global ones.
    private static func renderKeys(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        let keys: [KeyHint]
        switch state.calendar.layout {
        case .agenda:
            keys = [KeyHint(key: "s", label: "lanes"), KeyHint(key: "j/k", label: "item"), KeyHint(key: "PgUp/PgDn", label: "page"), KeyHint(key: "/", label: "filter lanes")]
        case .week, .month:
            keys = [
                KeyHint(key: "s", label: "lanes"),
                KeyHint(key: "j/k", label: "lane"), KeyHint(key: "[/]", label: state.calendar.layout == .week ? "slot" : "day"),
                KeyHint(key: "PgUp/PgDn", label: "week"), KeyHint(key: "g", label: "now"), KeyHint(key: "/", label: "filter lanes"),
            ]
        }
        KeyHints(keys).render(in: rect, buffer: &buffer)
    }
}
