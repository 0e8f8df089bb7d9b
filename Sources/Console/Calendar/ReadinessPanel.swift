import Foundation
import OpsModel
import TerminalUI

/// The readiness panel: GO / NEEDS APPROVAL / NO-GO for the selected lane at the selected slot,
/// every reason with its data, what is selected (in the viewer's and the window's own zone), and
/// the next allowed slot.
enum ReadinessPanel {
    /// Rows the panel takes from a content area of `height`.
    static func height(for height: Int) -> Int {
        max(4, min(11, height * 2 / 5))
    }

    static func render(_ target: CalendarTarget?, context: CalendarContext, in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let state = context.state
        let glyphs = state.glyphs
        guard let target, let overview = state.overview else {
            rule([Span(" Readiness ", role: .title, attributes: .bold), Span("nothing selected ", role: .textDim)], state: state, rect: rect, buffer: &buffer)
            return
        }
        let zone = state.viewerZone
        let environments = target.release.flatMap { check in target.lane.environments.filter { $0.id == check.release.environmentID } } ?? target.lane.environments
        let verdicts = environments.compactMap {
            Readiness.evaluate(environmentID: $0.id, estate: state.estate, overview: overview, calendar: context.compiled, at: target.start, duration: target.duration)
        }
        let when = "\(CalendarText.slot(target.start, zone: zone)) \(TimeText.zoneName(zone)) for \(DurationText.short(target.duration))"
        var lines: [StyledLine] = []
        lines += selection(target, zone: zone, glyphs: glyphs)

        if verdicts.count == 1, let verdict = verdicts.first, let environment = environments.first {
            let decision = Span(" \(StatusText.glyph(verdict.decision.status, glyphs)) \(verdict.decision.title) ", style: StatusText.style(verdict.decision.status).adding(.reverse))
            let localZone = TimeZone(identifier: environment.timeZone)
            let local = localZone.map { " (\(TimeText.clock(target.start, zone: $0)) \(TimeText.zoneName($0)))" } ?? ""
            rule([Span(" Readiness ", role: .title, attributes: .bold), decision, Span(" \(environment.id) at \(when)\(local) ", role: .text)], state: state, rect: rect, buffer: &buffer)
            lines += reasons(verdict, glyphs: glyphs)
            lines.append(nextSlot(verdict, zone: zone, environmentZone: localZone, glyphs: glyphs))
        } else {
            rule([Span(" Readiness ", role: .title, attributes: .bold), Span(" \(target.lane.title) at \(when): each environment ", role: .text)], state: state, rect: rect, buffer: &buffer)
            let width = environments.map { DisplayWidth.of($0.id) }.max() ?? 10
            for (environment, verdict) in zip(environments, verdicts) {
                let failing = verdict.failedGuardrails.map(\.guardrail.rawValue)
                var detail = "calendar \(verdict.calendar.decision.rawValue)"
                if !failing.isEmpty { detail += "; fails \(failing.joined(separator: ", "))" }
                if verdict.guardrailScope == .notAppliedForTier { detail += "; calendar only" }
                let next = verdict.decision == .go ? "" : " \(CalendarText.dot(state.glyphs)) next " + (verdict.nextAllowedSlot.map { CalendarText.slot($0, zone: zone) } ?? "none in 90d")
                lines.append(StyledLine([
                    Span(padRight("\(StatusText.glyph(verdict.decision.status, glyphs)) \(verdict.decision.title)", toWidth: 17), style: StatusText.style(verdict.decision.status)),
                    Span(padRight(environment.id, toWidth: width + 2), role: .emphasis),
                    Span(detail + next, role: .textDim),
                ]))
            }
        }
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        TextView(lines: lines, wraps: false, glyphs: glyphs).render(in: body, buffer: &buffer)
    }

    /// What is selected: the release, or the windows at the slot, in the viewer's zone and the window's own.
    static func selection(_ target: CalendarTarget, zone: TimeZone, glyphs: GlyphSet) -> [StyledLine] {
        let marks = CalendarGlyphs(glyphs)
        if let check = target.release {
            let release = check.release
            let migration = release.databaseMigration ? ", with DB migration" : ""
            return [StyledLine([
                Span("\(check.isFlagged ? marks.flaggedRelease : marks.release) ", role: check.isFlagged ? .statusCrit : .accent, attributes: .bold),
                Span("release \(release.version) (\(release.id)) to \(release.environmentID), owner \(release.owner), risk \(release.risk)\(migration)", role: .text),
            ])]
        }
        return target.occurrences.prefix(2).map { item in
            var text = "\(item.window.name): \(CalendarText.span(item.start, item.end, zone: zone, arrow: glyphs.arrowRight)) \(TimeText.zoneName(zone))"
            if let own = CalendarText.windowZone(item.window), own.identifier != zone.identifier {
                text += " = \(CalendarText.span(item.start, item.end, zone: own, arrow: glyphs.arrowRight)) \(own.identifier) (window's zone)"
            }
            return StyledLine([Span("\(marks.mark(item.kind)) ", role: CalendarGlyphs.role(item.kind)), Span(text, role: .text)])
        }
    }

    /// Every reason, worst first, labelled by what it is about.
    static func reasons(_ verdict: ReadinessVerdict, glyphs: GlyphSet) -> [StyledLine] {
        var lines: [StyledLine] = []
        for reason in verdict.reasons {
            var label = "calendar"
            var message = reason.message
            if let guardrail = Guardrail.allCases.first(where: { $0.rule == reason.rule }) {
                label = guardrail.rawValue
                message = message.hasPrefix("\(label): ") ? String(message.dropFirst(label.count + 2)) : message
            }
            lines.append(StyledLine([
                Span("\(StatusText.glyph(reason.status, glyphs)) ", style: StatusText.style(reason.status)),
                Span(padRight(label, toWidth: 10), role: .textDim),
                Span(message, role: reason.status == .ok ? .textDim : .text),
            ]))
        }
        switch verdict.guardrailScope {
        case .applied: break
        case .notAppliedForTier:
            lines.append(StyledLine([Span("  guardrails do not apply to this tier: calendar only", role: .textDim)]))
        case .skippedOnRequest:
            lines.append(StyledLine([Span("  guardrails skipped: calendar only", role: .textDim)]))
        }
        return lines
    }

    static func nextSlot(_ verdict: ReadinessVerdict, zone: TimeZone, environmentZone: TimeZone?, glyphs: GlyphSet) -> StyledLine {
        guard let next = verdict.nextAllowedSlot else {
            return StyledLine([Span("Next allowed slot: ", role: .title, attributes: .bold), Span("none within 90 days", role: .statusCrit)])
        }
        let local = environmentZone.map { " (\(TimeText.clock(next, zone: $0)) \(TimeText.zoneName($0)))" } ?? ""
        let note = verdict.guardrailScope == .applied ? " \(CalendarText.dot(glyphs)) calendar's slot; guardrails judged on data as of now" : ""
        return StyledLine([
            Span("Next allowed slot: ", role: .title, attributes: .bold),
            Span("\(CalendarText.slot(next, zone: zone)) \(TimeText.zoneName(zone))\(local)", role: .emphasis),
            Span(note, role: .textDim),
        ])
    }

    /// The panel's top border with its title spans.
    private static func rule(_ spans: [Span], state: AppState, rect: Rect, buffer: inout Buffer) {
        buffer.put(String(repeating: state.glyphs.horizontal, count: rect.width), x: rect.x, y: rect.y, style: Style(role: .border))
        buffer.put(StyledLine(spans).truncated(toWidth: rect.width - 2, ellipsis: state.glyphs.ellipsis), x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2)
    }
}
