import OpsModel

/// The Runbooks view's own state (selection, scroll, sub-mode); lives in `AppState.runbooks`.
public struct RunbooksState: Sendable, Equatable {
    /// Text typed after `/`; the view decides what it narrows.
    public var filter = ""
    /// The runbook selected in the list.
    public var selectedID: String?
    /// First list entry shown.
    public var listScroll = 0
    /// The runbook open in the reader (the reader has the keys); nil while browsing the list.
    public var openID: String?
    /// First reader line shown.
    public var readerScroll = 0
    /// The command (code block) under focus in the reader, by index in reading order.
    public var focusedCodeBlock: Int?
    /// The environment placeholders are filled for; nil means the one selected in Environments.
    public var contextEnvironmentID: String?
    /// The component `component.*` placeholders are filled for; nil lets the view infer it.
    public var contextComponentID: String?
    /// The incident journal as last read (read-only in this version); nil when not loaded.
    public var journal: JournalReplay?

    public init() {}
}
