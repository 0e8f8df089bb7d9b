/// The Runbooks view's own state (selection, scroll, sub-mode); lives in `AppState.runbooks`.
public struct RunbooksState: Sendable, Equatable {
    /// Text typed after `/`; the view decides what it narrows.
    public var filter = ""

    public init() {}
}
