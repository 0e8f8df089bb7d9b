import Foundation

/// One line of the incident journal: who did what to which incident, when.
public struct JournalEntry: Sendable, Hashable {
    /// The incident the entry belongs to (an estate incident id like `INC-2419`, or a local one).
    public var incidentID: String
    /// When it happened (the writer's clock, UTC).
    public var at: Date
    /// Who wrote it (`$USER` for the CLI and console).
    public var author: String
    /// What happened.
    public var event: JournalEvent

    /// Creates an entry.
    public init(incidentID: String, at: Date, author: String, event: JournalEvent) {
        self.incidentID = incidentID
        self.at = at
        self.author = author
        self.event = event
    }
}

/// What a journal entry records.
public enum JournalEvent: Sendable, Hashable {
    /// The incident was started for an environment, optionally with the runbooks in use.
    case opened(environmentID: String, title: String, runbookIDs: [String])
    /// Someone picked the incident up again (after a dropped session, a hand-over).
    case resumed
    /// A runbook step was ticked (`done`) or unticked; the step's text is kept for the report.
    case step(runbookID: String, number: Int, title: String, done: Bool)
    /// A free-text note.
    case note(String)
    /// The incident was closed, with an optional summary.
    case closed(summary: String?)

    /// The `kind` written in the file.
    public var kind: String {
        switch self {
        case .opened: return "opened"
        case .resumed: return "resumed"
        case .step(_, _, _, let done): return done ? "step-done" : "step-undone"
        case .note: return "note"
        case .closed: return "closed"
        }
    }
}
