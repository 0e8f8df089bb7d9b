import ArgumentParser
import Foundation
import OpsModel
import OpsSources
import TerminalUI

/// `opsdeck journal`: the local incident journal, written durably (fsync before "saved").
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Write and read the local incident journal (every entry is on disk before it is confirmed).",
        discussion: "The journal is $XDG_STATE_HOME/opsdeck/journal.jsonl (~/.local/state/opsdeck by default), or in --journal-dir.",
        subcommands: [
            JournalStartCommand.self, JournalNoteCommand.self, JournalTickCommand.self, JournalCloseCommand.self,
            JournalListCommand.self, JournalExportCommand.self,
        ]
    )
}

/// Options every journal command shares.
struct JournalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The journal directory (default: $XDG_STATE_HOME/opsdeck or ~/.local/state/opsdeck).", valueName: "dir"))
    var journalDir: String?

    @Option(name: .long, help: ArgumentHelp("Author of new entries (default: $USER).", valueName: "name"))
    var author: String?

    var file: JournalFile { JournalFile(directory: JournalLocation.directory(explicit: journalDir)) }
    var entryAuthor: String { author ?? JournalLocation.author() }

    /// Reads the journal and reports skipped lines on stderr (they are never silently dropped).
    func replay() throws -> JournalReplay {
        let replay = try readOrFail { try file.read() }
        for problem in replay.problems {
            FileHandle.standardError.write(Data("warning: \(file.url.path) \(problem.description)\n".utf8))
        }
        return replay
    }

    /// Appends and, only once the entries are on disk, prints `saved: …`.
    func save(_ entries: [JournalEntry], confirmation: String) throws {
        try readOrFail { try file.append(entries) }
        FileHandle.standardOutput.write(Data("saved: \(TextSanitizer.clean(confirmation))\n".utf8))
    }

    private func readOrFail<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}

/// `opsdeck journal start ENV`: opens (or resumes) an incident for an environment.
struct JournalStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Start an incident for an environment, or resume it if it exists.")

    @OptionGroup var journal: JournalOptions
    @OptionGroup var source: SourceOptions

    @Argument(help: "The environment id.")
    var environment: String

    @Option(name: .long, help: ArgumentHelp("Incident id (default: the environment's open incident in the estate, else ENV-YYYYMMDD-HHMM).", valueName: "id"))
    var incident: String?

    @Option(name: .long, help: "A title.")
    var title: String?

    @Option(name: .long, help: ArgumentHelp("A runbook in use (repeatable).", valueName: "id"))
    var runbook: [String] = []

    func run() throws {
        let now = try source.fixedNow() ?? Date()
        let estate = try source.source().loadNow(now: now).estate
        guard let environment = estate.environment(id: self.environment) else {
            throw ValidationError("no environment \"\(self.environment)\" in the estate")
        }
        for id in runbook where !estate.runbooks.contains(where: { $0.id == id }) {
            throw ValidationError("no runbook \"\(id)\" (have: \(estate.runbooks.map(\.id).sorted().joined(separator: ", ")))")
        }
        let opening = IncidentNaming.opening(environmentID: environment.id, incidents: estate.incidents, at: now)
        let id = incident ?? opening.id
        let replay = try journal.replay()
        let author = journal.entryAuthor
        if let existing = replay.incident(id) {
            guard existing.environmentID == nil || existing.environmentID == environment.id else {
                throw ValidationError("incident \(id) belongs to \(existing.environmentID ?? "?"), not \(environment.id)")
            }
            var entries = [JournalEntry(incidentID: id, at: now, author: author, event: .resumed)]
            let newRunbooks = runbook.filter { !existing.runbookIDs.contains($0) }
            if !newRunbooks.isEmpty {
                entries.append(JournalEntry(incidentID: id, at: now, author: author, event: .opened(environmentID: environment.id, title: title ?? "", runbookIDs: newRunbooks)))
            }
            try journal.save(entries, confirmation: "resumed \(id) for \(environment.id) in \(journal.file.url.path)")
            return
        }
        let incidentTitle = title ?? (id == opening.id ? opening.title : nil) ?? ""
        let entry = JournalEntry(incidentID: id, at: now, author: author, event: .opened(environmentID: environment.id, title: incidentTitle, runbookIDs: runbook))
        try journal.save([entry], confirmation: "opened \(id) for \(environment.id) in \(journal.file.url.path)")
    }
}

/// `opsdeck journal note INCIDENT TEXT`: exits 0 only once the note is on disk.
struct JournalNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a timestamped note to an incident (exit 0 only once it is on disk).")

    @OptionGroup var journal: JournalOptions
    @OptionGroup var source: SourceOptions

    @Argument(help: "The incident id.")
    var incident: String

    @Argument(help: "The note (several words are joined with spaces).")
    var text: [String]

    func run() throws {
        let note = text.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else { throw ValidationError("the note is empty") }
        let now = try source.fixedNow() ?? Date()
        let replay = try journal.replay()
        var entries: [JournalEntry] = []
        if replay.incident(incident) == nil {
            // An incident the estate knows can be written to straight away; anything else must be started.
            let estate = try source.source().loadNow(now: now).estate
            guard let known = estate.incidents.first(where: { $0.id == incident }) else {
                throw ValidationError("no incident \"\(incident)\" in the journal; start one with: opsdeck journal start ENV --incident \(incident)")
            }
            entries.append(JournalEntry(incidentID: incident, at: now, author: journal.entryAuthor, event: .opened(environmentID: known.environmentID, title: known.title, runbookIDs: [])))
        }
        entries.append(JournalEntry(incidentID: incident, at: now, author: journal.entryAuthor, event: .note(note)))
        try journal.save(entries, confirmation: "note on \(incident) at \(JournalCodec.timestamp(now))")
    }
}

/// `opsdeck journal tick INCIDENT STEP`: marks a runbook step done (or not, with --undo).
struct JournalTickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tick", abstract: "Tick a runbook step of an incident (--undo unticks it).")

    @OptionGroup var journal: JournalOptions
    @OptionGroup var source: SourceOptions

    @Argument(help: "The incident id.")
    var incident: String

    @Argument(help: "The step number (steps are numbered through the whole runbook).")
    var step: Int

    @Option(name: .long, help: ArgumentHelp("The runbook (default: the incident's only runbook).", valueName: "id"))
    var runbook: String?

    @Flag(name: .long, help: "Untick the step.")
    var undo = false

    func run() throws {
        let now = try source.fixedNow() ?? Date()
        let replay = try journal.replay()
        guard let record = replay.incident(incident) else {
            throw ValidationError("no incident \"\(incident)\" in the journal; start one with: opsdeck journal start ENV --incident \(incident)")
        }
        guard let runbookID = runbook ?? (record.runbookIDs.count == 1 ? record.runbookIDs[0] : nil) else {
            throw ValidationError("say which runbook with --runbook (the incident has \(record.runbookIDs.isEmpty ? "none" : record.runbookIDs.joined(separator: ", ")))")
        }
        let estate = try source.source().loadNow(now: now).estate
        guard let found = estate.runbooks.first(where: { $0.id == runbookID }) else { throw ValidationError("no runbook \"\(runbookID)\"") }
        let steps = MarkdownDocument(parsing: found.body).steps
        guard let chosen = steps.first(where: { $0.number == step }) else {
            throw ValidationError("\(runbookID) has steps 1–\(steps.count), not \(step)")
        }
        let entry = JournalEntry(incidentID: incident, at: now, author: journal.entryAuthor, event: .step(runbookID: runbookID, number: step, title: chosen.title, done: !undo))
        try journal.save([entry], confirmation: "\(undo ? "unticked" : "ticked") \(runbookID) step \(step) on \(incident)")
    }
}

/// `opsdeck journal close INCIDENT`.
struct JournalCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Close an incident.")

    @OptionGroup var journal: JournalOptions
    @OptionGroup var source: SourceOptions

    @Argument(help: "The incident id.")
    var incident: String

    @Option(name: .long, help: "A closing summary.")
    var summary: String?

    func run() throws {
        let now = try source.fixedNow() ?? Date()
        guard try journal.replay().incident(incident) != nil else { throw ValidationError("no incident \"\(incident)\" in the journal") }
        try journal.save([JournalEntry(incidentID: incident, at: now, author: journal.entryAuthor, event: .closed(summary: summary))], confirmation: "closed \(incident)")
    }
}

/// `opsdeck journal list`: every incident in the journal and where it stands.
struct JournalListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the journal's incidents, open first.")

    @OptionGroup var journal: JournalOptions
    // Accepted like every other command (scripts pass the same options everywhere); the list reads no estate.
    @OptionGroup var source: SourceOptions

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() throws {
        let replay = try journal.replay()
        let incidents = replay.incidents.sorted { ($0.isOpen ? 0 : 1, $1.lastActivity) < ($1.isOpen ? 0 : 1, $0.lastActivity) }
        if json {
            let rows: [[String: Any]] = incidents.map { incident in
                [
                    "id": incident.id, "environment": incident.environmentID ?? NSNull(), "title": incident.title,
                    "open": incident.isOpen, "openedAt": ISO8601.format(incident.openedAt), "openedBy": incident.openedBy,
                    "closedAt": incident.closedAt.map(ISO8601.format) ?? NSNull(), "runbooks": incident.runbookIDs,
                    "stepsDone": incident.doneSteps.map { "\($0.runbookID)#\($0.number)" }, "notes": incident.notes.count,
                    "lastActivity": ISO8601.format(incident.lastActivity), "entries": incident.entries.count,
                ]
            }
            let object: [String: Any] = ["journal": journal.file.url.path, "incidents": rows, "skippedLines": replay.problems.map { ["line": $0.line, "message": $0.message] }]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return
        }
        guard !incidents.isEmpty else {
            print("no incidents in \(journal.file.url.path)")
            return
        }
        let idWidth = max(8, incidents.map { DisplayWidth.of($0.id) }.max() ?? 8)
        print(padRight("INCIDENT", toWidth: idWidth) + "  STATUS  ENVIRONMENT          STEPS  NOTES  LAST ENTRY (UTC)   TITLE")
        for incident in incidents {
            let line = padRight(incident.id, toWidth: idWidth) + "  " + padRight(incident.isOpen ? "open" : "closed", toWidth: 6)
                + "  " + padRight(incident.environmentID ?? "?", toWidth: 19) + "  " + padLeft("\(incident.doneSteps.count)", toWidth: 5)
                + "  " + padLeft("\(incident.notes.count)", toWidth: 5) + "  " + TimeText.minute(incident.lastActivity, zone: TimeZone(identifier: "UTC")!).prefix(16)
                + "   " + incident.title
            print(TextSanitizer.clean(line))
        }
    }
}

/// `opsdeck journal export INCIDENT`: the Markdown hand-off report.
struct JournalExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Print an incident's hand-off report as Markdown: timeline, steps done and pending, notes.")

    @OptionGroup var journal: JournalOptions
    @OptionGroup var source: SourceOptions

    @Argument(help: "The incident id.")
    var incident: String

    func run() throws {
        let now = try source.fixedNow() ?? Date()
        let replay = try journal.replay()
        guard let record = replay.incident(incident) else {
            throw ValidationError("no incident \"\(incident)\" in \(journal.file.url.path)")
        }
        let estate = try source.source().loadNow(now: now).estate
        let environment = record.environmentID.flatMap(estate.environment(id:))
        let report = JournalReport.markdown(
            incident: record, runbooks: estate.runbooks, context: PlaceholderContext(environment: environment),
            problems: replay.problems, now: now, zone: TimeZone(identifier: "UTC")!
        )
        FileHandle.standardOutput.write(Data(TextSanitizer.cleanMultiline(report).utf8))
    }
}
