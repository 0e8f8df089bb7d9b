import Foundation
import OpsModel
import TerminalUI

/// Everything the reader pane shows for one runbook at one width: header, body, journal notes.
struct RunbookReader: Sendable, Equatable {
    /// The display lines, header first.
    var lines: [StyledLine]
    /// Lines of each code block within `lines`.
    var codeBlockLines: [Range<Int>]
    /// Each code block's filled text.
    var codeBlockText: [String]

    /// `2026-09-14`: review dates are days, shown in UTC like they are written.
    static func day(_ date: Date) -> String {
        String(TimeText.minute(date, zone: TimeZone(identifier: "UTC")!).prefix(10))
    }

    /// Builds the reader for `runbook` in the current state at `width` columns.
    static func make(_ runbook: Runbook, state: AppState, width: Int) -> RunbookReader {
        let glyphs = state.glyphs
        let context = RunbookContext.resolve(runbook, state: state)
        let incident = context.environment.flatMap { state.runbooks.journal?.activeIncident(environmentID: $0.id) }
        let dim = Style(role: .textDim)
        let textWidth = max(10, width - 1)
        var header: [StyledLine] = []
        func add(_ line: StyledLine) { header += line.wrapped(toWidth: textWidth) }

        add(StyledLine([Span(runbook.title, style: Style(role: .emphasis, attributes: .bold))]))
        let review = RunbookReview(runbook: runbook, now: state.now)
        var facts: [String] = []
        if !runbook.severity.isEmpty { facts.append(runbook.severity) }
        if !runbook.owner.isEmpty { facts.append("owner \(runbook.owner)") }
        switch (review, runbook.lastReviewed) {
        case (.current(let days), let date?): facts.append("reviewed \(Self.day(date)) (\(days)d ago)")
        case (.stale, let date?): facts.append("last reviewed \(Self.day(date))")
        default: facts.append("never reviewed")
        }
        add(StyledLine([Span(facts.joined(separator: " · "), style: dim)]))
        if let environment = context.environment {
            var spans = [Span("Filled for ", style: dim), Span(environment.id, style: Style(role: .accent, attributes: .bold)), Span(" (\(environment.namespace) on \(environment.cluster))", style: dim)]
            if let component = context.component {
                spans += [Span(" · component ", style: dim), Span(component.id, style: Style(role: .accent)), Span(" (\(context.componentReason))", style: dim)]
            } else if PlaceholderFiller.keys(in: runbook.body).contains(where: { $0.hasPrefix("component.") }) {
                spans.append(Span(" · component not determined: component.* shows as missing", style: Style(role: .statusWarn)))
            }
            add(StyledLine(spans))
        } else {
            add(StyledLine([Span("No environment selected: every placeholder shows as missing (pick one in Environments).", style: Style(role: .statusWarn))]))
        }
        if review.isStale {
            add(StyledLine([Span("\(glyphs.statusWarn) \(review.summary): check it against the estate before relying on it", style: Style(role: .statusWarn, attributes: .bold))]))
        }
        if let incident {
            let steps = MarkdownDocument(parsing: runbook.body).steps
            let done = steps.filter { incident.isDone(runbookID: runbook.id, step: $0.number) }.count
            add(StyledLine([
                Span("Journal ", style: dim), Span(incident.id, style: Style(role: .accent, attributes: .bold)),
                Span(" open · \(done)/\(steps.count) steps ticked · \(incident.notes.count) note\(incident.notes.count == 1 ? "" : "s") · last entry \(TimeText.relative(incident.lastActivity, now: state.now)) by \(incident.entries.last?.author ?? incident.openedBy)", style: dim),
            ]))
        }
        header.append(StyledLine(String(repeating: glyphs.horizontal, count: textWidth), style: Style(role: .border)))

        let renderer = RunbookRenderer(width: textWidth, glyphs: glyphs, context: context.placeholders, runbookID: runbook.id, incident: incident, focusedCodeBlock: state.runbooks.focusedCodeBlock)
        let body = renderer.render(MarkdownDocument(parsing: runbook.body))
        var lines = header + body.lines
        if let incident {
            lines.append("")
            lines.append(StyledLine(String(repeating: glyphs.horizontal, count: textWidth), style: Style(role: .border)))
            lines.append(StyledLine([Span("Journal notes · \(incident.id)", style: Style(role: .title, attributes: .bold))]))
            if incident.notes.isEmpty { lines.append(StyledLine("  none yet", style: dim)) }
            for note in incident.notes {
                guard case .note(let text) = note.event else { continue }
                let stamp = "\(TimeText.clock(note.at, zone: state.viewerZone)) \(note.author)  "
                let wrapped = StyledLine([Span(text)]).wrapped(toWidth: max(4, textWidth - 2 - DisplayWidth.of(stamp)))
                for (index, line) in wrapped.enumerated() {
                    let prefix = index == 0 ? Span("  " + stamp, style: dim) : Span(String(repeating: " ", count: 2 + DisplayWidth.of(stamp)))
                    lines.append(StyledLine([prefix] + line.spans))
                }
            }
        }
        let offset = header.count
        return RunbookReader(
            lines: lines,
            codeBlockLines: body.codeBlockLines.map { ($0.lowerBound + offset)..<($0.upperBound + offset) },
            codeBlockText: body.codeBlockText
        )
    }
}
