import Foundation

/// A problem found while reading the journal: the line is skipped, everything else is kept.
public struct JournalProblem: Sendable, Hashable {
    /// 1-based line number in the file.
    public var line: Int
    /// What is wrong, in words.
    public var message: String
    /// The last line with no newline: a write cut short by a crash, never acknowledged.
    public var isTornTail: Bool

    /// Creates a problem.
    public init(line: Int, message: String, isTornTail: Bool) {
        self.line = line
        self.message = message
        self.isTornTail = isTornTail
    }

    /// `line 42: …`.
    public var description: String { "line \(line): \(message)" }
}

/// A ticked (or unticked) step as the journal last recorded it.
public struct JournalStepState: Sendable, Hashable {
    /// The runbook the step belongs to.
    public var runbookID: String
    /// The step's number in that runbook.
    public var number: Int
    /// The step's text when it was ticked.
    public var title: String
    /// Whether it is done now.
    public var done: Bool
    /// When it was last ticked or unticked, and by whom.
    public var at: Date
    public var author: String
}

/// One incident rebuilt from its journal entries.
public struct JournalIncident: Sendable, Hashable, Identifiable {
    /// The incident id.
    public var id: String
    /// The environment it was opened for; nil when its `opened` line is missing or damaged.
    public var environmentID: String?
    /// The title given when opened.
    public var title: String
    /// Runbooks named when opened, then any whose steps were ticked.
    public var runbookIDs: [String]
    /// When and by whom it was opened (the first entry when `opened` is missing).
    public var openedAt: Date
    public var openedBy: String
    /// When it was closed, if it is closed now.
    public var closedAt: Date?
    /// The closing summary.
    public var closingSummary: String?
    /// Steps in the order they were first ticked.
    public var steps: [JournalStepState]
    /// Every entry, in file order: the timeline.
    public var entries: [JournalEntry]

    /// Whether the incident is still open.
    public var isOpen: Bool { closedAt == nil }
    /// The newest entry's time.
    public var lastActivity: Date { entries.last?.at ?? openedAt }
    /// The notes, in order.
    public var notes: [JournalEntry] { entries.filter { if case .note = $0.event { return true } else { return false } } }
    /// Steps done now.
    public var doneSteps: [JournalStepState] { steps.filter(\.done) }

    /// Whether a runbook step is ticked now.
    public func isDone(runbookID: String, step: Int) -> Bool {
        steps.contains { $0.runbookID == runbookID && $0.number == step && $0.done }
    }
}

/// The journal read back: every incident's state, and every line that had to be skipped.
public struct JournalReplay: Sendable, Hashable {
    /// Incidents in order of first appearance.
    public var incidents: [JournalIncident]
    /// Lines skipped, with why; a torn last line is reported here, never silently dropped.
    public var problems: [JournalProblem]
    /// How many entries were read.
    public var entryCount: Int

    /// An empty journal.
    public static let empty = JournalReplay(incidents: [], problems: [], entryCount: 0)

    /// Creates a replay result.
    public init(incidents: [JournalIncident], problems: [JournalProblem], entryCount: Int) {
        self.incidents = incidents
        self.problems = problems
        self.entryCount = entryCount
    }

    /// Reads a journal file's contents.
    public init(contents: Data) {
        var entries: [JournalEntry] = []
        var problems: [JournalProblem] = []
        let bytes = [UInt8](contents)
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let lineEnd = newline ?? bytes.count
            let text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
            let byteCount = lineEnd - lineStart
            lineStart = lineEnd + 1
            if text.allSatisfy({ $0 == " " || $0 == "\r" }) { continue }
            switch JournalCodec.decode(text) {
            case .success(let entry):
                // A complete entry whose newline was lost is still a complete entry: keep it.
                entries.append(entry)
            case .failure(let error):
                if newline == nil {
                    problems.append(JournalProblem(line: lineNumber, message: "torn last line (\(byteCount) bytes, no newline): an append interrupted by a crash; skipped, it was never acknowledged", isTornTail: true))
                } else {
                    problems.append(JournalProblem(line: lineNumber, message: "\(error.message); skipped", isTornTail: false))
                }
            }
        }
        self = JournalReplay(entries: entries, problems: problems)
    }

    /// Rebuilds incidents from entries in order.
    public init(entries: [JournalEntry], problems: [JournalProblem] = []) {
        var incidents: [JournalIncident] = []
        var index: [String: Int] = [:]
        for entry in entries {
            let position: Int
            if let existing = index[entry.incidentID] {
                position = existing
            } else {
                position = incidents.count
                index[entry.incidentID] = position
                incidents.append(JournalIncident(
                    id: entry.incidentID, environmentID: nil, title: "", runbookIDs: [], openedAt: entry.at,
                    openedBy: entry.author, closedAt: nil, closingSummary: nil, steps: [], entries: []
                ))
            }
            Self.apply(entry, to: &incidents[position])
        }
        self.init(incidents: incidents, problems: problems, entryCount: entries.count)
    }

    private static func apply(_ entry: JournalEntry, to incident: inout JournalIncident) {
        incident.entries.append(entry)
        switch entry.event {
        case .opened(let environmentID, let title, let runbookIDs):
            if incident.environmentID == nil {
                incident.openedAt = entry.at
                incident.openedBy = entry.author
            }
            incident.environmentID = environmentID
            if !title.isEmpty { incident.title = title }
            for id in runbookIDs where !incident.runbookIDs.contains(id) { incident.runbookIDs.append(id) }
            incident.closedAt = nil
        case .resumed:
            incident.closedAt = nil
            incident.closingSummary = nil
        case .step(let runbookID, let number, let title, let done):
            if !incident.runbookIDs.contains(runbookID) { incident.runbookIDs.append(runbookID) }
            let state = JournalStepState(runbookID: runbookID, number: number, title: title, done: done, at: entry.at, author: entry.author)
            if let existing = incident.steps.firstIndex(where: { $0.runbookID == runbookID && $0.number == number }) {
                incident.steps[existing] = state
            } else {
                incident.steps.append(state)
            }
        case .note:
            break
        case .closed(let summary):
            incident.closedAt = entry.at
            incident.closingSummary = summary
        }
    }

    /// The incident with an id.
    public func incident(_ id: String) -> JournalIncident? {
        incidents.first { $0.id == id }
    }

    /// Open incidents, most recently active first.
    public var openIncidents: [JournalIncident] {
        incidents.filter(\.isOpen).sorted { $0.lastActivity > $1.lastActivity }
    }

    /// The most recently active open incident of an environment: the one the console ticks steps in.
    public func activeIncident(environmentID: String) -> JournalIncident? {
        openIncidents.first { $0.environmentID == environmentID }
    }
}
