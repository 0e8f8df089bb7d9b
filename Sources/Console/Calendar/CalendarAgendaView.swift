import Foundation
import OpsModel
import TerminalUI

/// Draws the agenda: per lane, the windows in force and the releases planned in the next 14 days.
enum CalendarAgendaView {
    static func render(_ context: CalendarContext, in rect: Rect, buffer: inout Buffer) -> CalendarTarget? {
        let state = context.state
        let agenda = CalendarAgenda(context)
        let selectedLine = agenda.selectedLine(state.calendar)
        let offset = scrollOffset(selectedLine: selectedLine, current: state.calendar.agendaScroll, height: rect.height, count: agenda.lines.count)
        let marks = CalendarGlyphs(state.glyphs)
        let zone = state.viewerZone
        let arrow = state.glyphs.arrowRight
        for row in 0..<rect.height {
            let index = offset + row
            guard index < agenda.lines.count else { break }
            let y = rect.y + row
            let isSelected = index == selectedLine
            var spans: [Span]
            switch agenda.lines[index] {
            case .lane(let lane):
                let detail = lane.environments.count == 1
                    ? "\(lane.environments[0].tier.rawValue) \(CalendarText.dot(state.glyphs)) \(lane.environments[0].timeZone)"
                    : "\(lane.environments.count) environments"
                spans = [Span(lane.title, role: .groupHeader, attributes: .bold), Span("  \(detail)", role: .textDim)]
            case .empty:
                spans = [Span("    nothing on the calendar in the next 14 days", role: .textDim)]
            case .occurrence(_, let entry):
                let kind = entry.item.kind
                spans = [
                    Span("  \(marks.mark(kind)) ", role: CalendarGlyphs.role(kind)),
                    Span(padRight(CalendarText.kind(kind), toWidth: 12), role: CalendarGlyphs.role(kind)),
                    Span(padRight(CalendarText.span(entry.item.start, entry.item.end, zone: zone, arrow: arrow), toWidth: 37), role: .text),
                    Span(entry.item.window.name, role: .emphasis),
                ]
            case .release(_, let check):
                let release = check.release
                let flag: Span = check.isFlagged
                    ? Span("  \(StatusText.glyph(check.decision.status, state.glyphs)) \(check.flagText)", style: StatusText.style(check.decision.status))
                    : Span("  \(state.glyphs.statusOK) calendar allows", role: .statusOK)
                spans = [
                    Span("  \(check.isFlagged ? marks.flaggedRelease : marks.release) ", role: check.isFlagged ? .statusCrit : .accent, attributes: .bold),
                    Span(padRight("release", toWidth: 12), role: .accent),
                    Span(padRight(CalendarText.span(release.plannedStart, check.plannedEnd, zone: zone, arrow: arrow), toWidth: 37), role: .text),
                    Span("\(release.version) \(release.id) to \(release.environmentID)", role: .emphasis),
                    flag,
                ]
            }
            if isSelected {
                buffer.fill(rect.row(row), style: Style(role: .selection))
                spans = spans.map { Span($0.text, style: Style(role: .selection, attributes: $0.style.attributes)) }
                spans[0].text = state.glyphs.pointer + String(spans[0].text.dropFirst())
            }
            buffer.put(StyledLine(spans).truncated(toWidth: rect.width, ellipsis: state.glyphs.ellipsis), x: rect.x, y: y, maxWidth: rect.width)
        }
        if agenda.lines.count > rect.height, rect.width > 1 {
            Scrollbar(contentLength: agenda.lines.count, offset: offset, glyphs: state.glyphs)
                .render(in: rect.splitHorizontally(right: 1).right, buffer: &buffer)
        }
        return agenda.target(state.calendar, now: state.now)
    }

    /// The first line shown: as before, moved just enough to show the selection and its lane heading.
    static func scrollOffset(selectedLine: Int?, current: Int, height: Int, count: Int) -> Int {
        guard height > 0 else { return 0 }
        var offset = min(max(0, current), max(0, count - height))
        if let line = selectedLine {
            if line < offset { offset = max(0, line - 1) }
            if line >= offset + height { offset = line - height + 1 }
        }
        return max(0, offset)
    }
}
