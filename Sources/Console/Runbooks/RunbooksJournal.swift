import Foundation
import OpsModel

/// The incident journal from the Runbooks reader: start or resume, tick steps, add notes.
///
/// Nothing here changes what the journal shows: it only asks the runtime to append entries, and
/// the screen changes when the runtime answers that they are on disk (`journalAppended`).
enum RunbooksJournal {
    /// The environment the reader is filled for: where incidents are started and written.
    static func environmentID(_ state: AppState) -> String? {
        state.runbooks.contextEnvironmentID ?? state.environments.selectedID
    }

    /// The open journal incident of the reader's environment, if any.
    static func activeIncident(_ state: AppState) -> JournalIncident? {
        guard let environmentID = environmentID(state) else { return nil }
        return state.runbooks.journal?.activeIncident(environmentID: environmentID)
    }

    /// `I`: opens the incident for the environment (the estate's open incident id when there is one),
    /// or records that someone resumed it.
    static func startOrResume(_ state: inout AppState) -> [Command] {
        guard let environmentID = environmentID(state) else {
            state.notice = "no environment to start an incident for"
            return []
        }
        if let incident = activeIncident(state) {
            return write([entry(incident.id, .resumed, state)], notice: "resuming \(incident.id)…", state: &state)
        }
        let opening = openingEntry(environmentID: environmentID, state: state)
        return write([opening], notice: "starting \(opening.incidentID)…", state: &state)
    }

    /// `x`: asks for the step number, offering the first one not done yet.
    static func askForStep(_ state: inout AppState) {
        guard let runbook = RunbooksUpdate.shownRunbook(state), state.runbooks.openID != nil else {
            state.notice = "open a runbook first (Enter)"
            return
        }
        let steps = MarkdownDocument(parsing: runbook.body).steps
        guard !steps.isEmpty else {
            state.notice = "this runbook has no numbered steps"
            return
        }
        let incident = activeIncident(state)
        let next = steps.first { !(incident?.isDone(runbookID: runbook.id, step: $0.number) ?? false) } ?? steps[0]
        state.mode = .step(text: "\(next.number)")
    }

    /// Enter on the step prompt: toggles that step, starting the incident first when needed.
    static func toggleStep(_ text: String, state: inout AppState) -> [Command] {
        guard let runbook = RunbooksUpdate.shownRunbook(state), let environmentID = environmentID(state) else { return [] }
        let steps = MarkdownDocument(parsing: runbook.body).steps
        guard let number = Int(text.trimmingCharacters(in: .whitespaces)), let step = steps.first(where: { $0.number == number }) else {
            state.notice = "no step \"\(text)\" (1–\(steps.count))"
            return []
        }
        var entries: [JournalEntry] = []
        let incident = activeIncident(state)
        let incidentID = incident?.id ?? openingEntry(environmentID: environmentID, state: state).incidentID
        if incident == nil { entries.append(openingEntry(environmentID: environmentID, state: state)) }
        let done = !(incident?.isDone(runbookID: runbook.id, step: number) ?? false)
        entries.append(entry(incidentID, .step(runbookID: runbook.id, number: number, title: step.title, done: done), state))
        return write(entries, notice: "\(done ? "ticking" : "unticking") step \(number)…", state: &state)
    }

    /// Enter on the note prompt: appends the note, starting the incident first when needed.
    static func addNote(_ text: String, state: inout AppState) -> [Command] {
        let note = text.trimmingCharacters(in: .whitespaces)
        guard !note.isEmpty else { return [] }
        guard let environmentID = environmentID(state) else {
            state.notice = "no environment to write a note for"
            return []
        }
        var entries: [JournalEntry] = []
        let incident = activeIncident(state)
        let opening = openingEntry(environmentID: environmentID, state: state)
        if incident == nil { entries.append(opening) }
        entries.append(entry(incident?.id ?? opening.incidentID, .note(note), state))
        return write(entries, notice: "saving note…", state: &state)
    }

    /// The entry that opens an incident for an environment: the estate's open incident id, or a new one.
    static func openingEntry(environmentID: String, state: AppState) -> JournalEntry {
        let opening = IncidentNaming.opening(environmentID: environmentID, incidents: state.estate.incidents, at: state.now)
        let id = opening.id
        let title = opening.title ?? "Incident on \(environmentID)"
        let runbooks = state.runbooks.openID.map { [$0] } ?? []
        return JournalEntry(incidentID: id, at: state.now, author: state.author, event: .opened(environmentID: environmentID, title: title, runbookIDs: runbooks))
    }

    private static func entry(_ incidentID: String, _ event: JournalEvent, _ state: AppState) -> JournalEntry {
        JournalEntry(incidentID: incidentID, at: state.now, author: state.author, event: event)
    }

    private static func write(_ entries: [JournalEntry], notice: String, state: inout AppState) -> [Command] {
        guard !state.readOnly else {
            state.notice = "read-only: the journal is not written (start without --read-only)"
            return []
        }
        state.pendingJournalWrites += 1
        state.notice = notice
        return [.appendJournal(entries)]
    }
}

import OpsSources
