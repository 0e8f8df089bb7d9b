/// The Backups view's own state (selection, scroll, sub-mode); lives in `AppState.backups`.
public struct BackupsState: Sendable, Equatable {
    /// Text typed after `/`; the view decides what it narrows.
    public var filter = ""

    public init() {}
}
