import Foundation
import OpsModel
import TerminalUI

/// The list pane: ranked runbooks (two rows each), then the journal's open incidents.
enum RunbooksListView {
    /// Entries that fit in the list pane under its header and above the journal section.
    static func visibleEntries(_ state: AppState) -> Int {
        let rect = RunbooksLayout.listRect(state.size)
        return max(1, (rect.height - 1 - journalRows(state, height: rect.height)) / RunbooksLayout.rowsPerEntry)
    }

    /// Rows kept at the bottom for open incidents: a heading and one row each, at most a third of the pane.
    static func journalRows(_ state: AppState, height: Int) -> Int {
        guard let journal = state.runbooks.journal, !journal.openIncidents.isEmpty || !journal.problems.isEmpty else { return 0 }
        let wanted = 1 + max(1, 2 * journal.openIncidents.count) + (journal.problems.isEmpty ? 0 : 1)
        return min(wanted, max(3, height / 3))
    }

    static func render(_ state: AppState, in rect: Rect, focused: Bool, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let glyphs = state.glyphs
        let matches = RunbooksUpdate.matches(state)
        let total = state.estate.runbooks.count
        let heading = state.runbooks.filter.isEmpty ? "RUNBOOKS · \(total)" : "RUNBOOKS · \(matches.count) of \(total) match \"\(state.runbooks.filter)\""
        buffer.put(truncate(heading, toWidth: rect.width - 1, ellipsis: glyphs.ellipsis), x: rect.x + 1, y: rect.y, maxWidth: rect.width - 1, style: Style(role: .header, attributes: .bold))
        let journalHeight = journalRows(state, height: rect.height)
        let listArea = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1 - journalHeight))
        if matches.isEmpty {
            let message = total == 0 ? "No runbooks in the estate (add runbooks/*.md to the fixtures)." : "Nothing matches; Esc clears the filter."
            for (index, line) in wrap(message, width: max(1, rect.width - 2)).enumerated() where index < listArea.height {
                buffer.put(line, x: rect.x + 1, y: listArea.y + index, maxWidth: rect.width - 1, style: Style(role: .textDim))
            }
        }
        let visible = max(1, listArea.height / RunbooksLayout.rowsPerEntry)
        let scroll = min(state.runbooks.listScroll, max(0, matches.count - visible))
        for slot in 0..<visible {
            let index = scroll + slot
            guard index < matches.count else { break }
            let runbook = matches[index].runbook
            let top = listArea.y + slot * RunbooksLayout.rowsPerEntry
            guard top + 1 < listArea.maxY + 1 else { break }
            let selected = runbook.id == state.runbooks.selectedID
            let selectionRole: Role = focused ? .selection : .selectionInactive
            let review = RunbookReview(runbook: runbook, now: state.now)
            let contentWidth = max(0, rect.width - 2)
            if selected {
                buffer.fill(Rect(x: rect.x, y: top, width: rect.width, height: min(2, listArea.maxY - top)), style: Style(role: selectionRole))
                buffer.put(glyphs.pointer, x: rect.x, y: top, maxWidth: 1, style: Style(role: selectionRole, attributes: .bold))
            }
            func style(_ role: Role, _ attributes: TextAttributes = []) -> Style {
                selected ? Style(role: selectionRole, attributes: attributes) : Style(role: role, attributes: attributes)
            }
            let severity = runbook.severity
            let severityWidth = severity.isEmpty ? 0 : DisplayWidth.of(severity) + 1
            let mark = review.isStale ? glyphs.statusWarn + " " : ""
            let titleWidth = max(0, contentWidth - severityWidth - DisplayWidth.of(mark))
            var line: [Span] = []
            if !mark.isEmpty { line.append(Span(mark, style: style(.statusWarn, .bold))) }
            line.append(Span(padRight(truncate(runbook.title, toWidth: titleWidth, ellipsis: glyphs.ellipsis), toWidth: titleWidth), style: style(.text, .bold)))
            if !severity.isEmpty { line.append(Span(" " + severity, style: style(severityRole(severity)))) }
            buffer.put(StyledLine(line), x: rect.x + 2, y: top, maxWidth: contentWidth)
            if top + 1 < listArea.maxY {
                let owner = runbook.owner.isEmpty ? "no owner" : runbook.owner
                let second = StyledLine([
                    Span(owner + " · ", style: style(.textDim)),
                    Span(review.isStale ? review.summary.replacingOccurrences(of: " (limit \(RunbookReview.limitDays))", with: "") : review.summary, style: review.isStale ? style(.statusWarn) : style(.textDim)),
                ])
                buffer.put(second.truncated(toWidth: contentWidth, ellipsis: glyphs.ellipsis), x: rect.x + 2, y: top + 1, maxWidth: contentWidth)
            }
        }
        if matches.count > visible, listArea.height > 0 {
            Scrollbar(contentLength: matches.count, offset: scroll, glyphs: glyphs)
                .render(in: Rect(x: rect.maxX - 1, y: listArea.y, width: 1, height: visible * RunbooksLayout.rowsPerEntry), buffer: &buffer)
        }
        if journalHeight > 0, let journal = state.runbooks.journal {
            renderJournal(journal, state: state, in: Rect(x: rect.x, y: rect.maxY - journalHeight, width: rect.width, height: journalHeight), buffer: &buffer)
        }
    }

    private static func severityRole(_ severity: String) -> Role {
        switch severity.lowercased() {
        case "sev1", "critical", "1": return .statusCrit
        case "sev2", "high", "2": return .statusWarn
        default: return .textDim
        }
    }

    /// Open incidents from the journal and where each stands; read-only in this version.
    private static func renderJournal(_ journal: JournalReplay, state: AppState, in rect: Rect, buffer: inout Buffer) {
        let glyphs = state.glyphs
        buffer.put(String(repeating: glyphs.horizontal, count: rect.width), x: rect.x, y: rect.y, maxWidth: rect.width, style: Style(role: .border))
        buffer.put(" OPEN INCIDENTS · journal ", x: rect.x + 1, y: rect.y, maxWidth: rect.width - 1, style: Style(role: .header, attributes: .bold))
        var row = rect.y + 1
        if journal.openIncidents.isEmpty, row < rect.maxY {
            buffer.put("none open", x: rect.x + 1, y: row, maxWidth: rect.width - 1, style: Style(role: .textDim))
            row += 1
        }
        let last = rect.maxY - (journal.problems.isEmpty ? 0 : 1)
        for incident in journal.openIncidents {
            guard row + 1 < last else { break }
            let done = incident.doneSteps.count
            let notes = incident.notes.count
            let first = StyledLine([Span(incident.id, style: Style(role: .accent, attributes: .bold)), Span(" \(incident.environmentID ?? "?")")])
            let second = StyledLine([Span("  \(done) step\(done == 1 ? "" : "s") done · \(notes) note\(notes == 1 ? "" : "s") · last \(TimeText.relative(incident.lastActivity, now: state.now))", style: Style(role: .textDim))])
            buffer.put(first.truncated(toWidth: rect.width - 1, ellipsis: glyphs.ellipsis), x: rect.x + 1, y: row, maxWidth: rect.width - 1)
            buffer.put(second.truncated(toWidth: rect.width - 1, ellipsis: glyphs.ellipsis), x: rect.x + 1, y: row + 1, maxWidth: rect.width - 1)
            row += 2
        }
        if !journal.problems.isEmpty, row < rect.maxY {
            let torn = journal.problems.contains(where: \.isTornTail) ? " (torn last line)" : ""
            let text = "\(glyphs.statusWarn) journal: \(journal.problems.count) line\(journal.problems.count == 1 ? "" : "s") skipped\(torn)"
            buffer.put(truncate(text, toWidth: rect.width - 1, ellipsis: glyphs.ellipsis), x: rect.x + 1, y: row, maxWidth: rect.width - 1, style: Style(role: .statusWarn))
        }
    }
}
