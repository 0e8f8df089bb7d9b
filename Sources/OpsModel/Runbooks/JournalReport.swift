import Foundation

/// The hand-off report of an incident as Markdown: where it stands, steps done and pending,
/// notes, and the full timeline, so the next engineer can carry on without asking.
public enum JournalReport {
    /// The report for `incident`, with steps read from `runbooks` and filled from `context`.
    public static func markdown(incident: JournalIncident, runbooks: [Runbook], context: PlaceholderContext, problems: [JournalProblem] = [], now: Date, zone: TimeZone) -> String {
        func time(_ date: Date) -> String { TimeText.minute(date, zone: zone) }
        func fill(_ text: String) -> String { oneLine(PlaceholderFiller.fill(text, context: context)) }
        var lines: [String] = []
        let title = incident.title.isEmpty ? "" : " — \(oneLine(incident.title))"
        lines.append("# Incident \(incident.id)\(title)")
        lines.append("")
        lines.append("- Environment: \(incident.environmentID ?? "unknown (the journal has no opening entry)")")
        if let closedAt = incident.closedAt {
            lines.append("- Status: closed \(time(closedAt))" + (incident.closingSummary.map { " — \(oneLine($0))" } ?? ""))
        } else {
            lines.append("- Status: open for \(DurationText.short(now.timeIntervalSince(incident.openedAt)))")
        }
        lines.append("- Opened: \(time(incident.openedAt)) by \(incident.openedBy)")
        let authors = incident.entries.reduce(into: [String]()) { if !$0.contains($1.author) { $0.append($1.author) } }
        lines.append("- People: \(authors.joined(separator: ", "))")
        lines.append("- Last entry: \(time(incident.lastActivity))")
        lines.append("- Report written: \(time(now))")

        lines.append("")
        lines.append("## Steps")
        if incident.runbookIDs.isEmpty {
            lines.append("")
            lines.append("No runbook was used.")
        }
        for runbookID in incident.runbookIDs {
            lines.append("")
            let runbook = runbooks.first { $0.id == runbookID }
            lines.append("### \(runbook.map { oneLine($0.title) } ?? "Runbook") (`\(runbookID)`)")
            lines.append("")
            let ticked = incident.steps.filter { $0.runbookID == runbookID }
            var steps = runbook.map { MarkdownDocument(parsing: $0.body).steps } ?? []
            if runbook == nil {
                lines.append("This runbook is not in the estate any more; steps as recorded:")
                lines.append("")
            }
            // Steps the journal knows but the runbook no longer has (it was edited) are still listed.
            for state in ticked where !steps.contains(where: { $0.number == state.number }) {
                steps.append(RunbookStep(number: state.number, title: state.title))
            }
            for step in steps.sorted(by: { $0.number < $1.number }) {
                if let state = ticked.first(where: { $0.number == step.number }), state.done {
                    lines.append("- [x] \(step.number). \(fill(step.title)) — done \(time(state.at)) by \(state.author)")
                } else {
                    lines.append("- [ ] \(step.number). \(fill(step.title)) — pending")
                }
            }
            let done = steps.filter { step in ticked.contains { $0.number == step.number && $0.done } }.count
            lines.append("")
            lines.append("\(done) of \(steps.count) steps done.")
        }

        lines.append("")
        lines.append("## Notes")
        lines.append("")
        if incident.notes.isEmpty { lines.append("No notes.") }
        for entry in incident.notes {
            if case .note(let text) = entry.event {
                lines.append("- \(time(entry.at)) — \(entry.author): \(oneLine(text))")
            }
        }

        lines.append("")
        lines.append("## Timeline")
        lines.append("")
        for entry in incident.entries {
            lines.append("- \(time(entry.at)) \(entry.author): \(describe(entry.event))")
        }
        if !problems.isEmpty {
            lines.append("")
            lines.append("## Journal problems")
            lines.append("")
            for problem in problems { lines.append("- \(problem.description)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line describing an event, for the timeline.
    public static func describe(_ event: JournalEvent) -> String {
        switch event {
        case .opened(let environmentID, let title, let runbookIDs):
            let runbooks = runbookIDs.isEmpty ? "" : " with \(runbookIDs.joined(separator: ", "))"
            return "opened for \(environmentID)\(runbooks)" + (title.isEmpty ? "" : ": \(oneLine(title))")
        case .resumed: return "resumed"
        case .step(let runbookID, let number, let title, let done):
            return "\(done ? "ticked" : "unticked") \(runbookID) step \(number)" + (title.isEmpty ? "" : ": \(oneLine(title))")
        case .note(let text): return "note: \(oneLine(text))"
        case .closed(let summary): return "closed" + (summary.map { ": \(oneLine($0))" } ?? "")
        }
    }

    /// Text on one line: newlines in a note would break the Markdown list.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
