/// What the keyboard is doing right now.
public enum InputMode: Sendable, Equatable {
    case normal
    /// Typing a filter for the current list.
    case filter
    /// Typing a `:` command.
    case command(text: String)
    /// The `?` overlay is open.
    case help
    /// The sources overlay (`:sources`): agents, fixture files and their problems.
    case sources
    /// Typing a note for the incident journal.
    case note(text: String)
    /// Typing the number of the runbook step to tick or untick.
    case step(text: String)
}
