/// What the keyboard is doing right now.
public enum InputMode: Sendable, Equatable {
    case normal
    /// Typing a filter for the current list.
    case filter
    /// Typing a `:` command.
    case command(text: String)
    /// The `?` overlay is open.
    case help
}
