/// The Backups view's own state: filter, selection, scroll and the open detail; lives in `AppState.backups`.
public struct BackupsState: Sendable, Equatable {
    /// Text typed after `/`; narrows the list by environment id, name or tenant.
    public var filter = ""
    /// The selected environment by id, so the selection survives reloads and re-ordering.
    public var selectedID: String?
    /// Index of the first list row shown.
    public var scrollOffset = 0
    /// The environment whose detail pane is open, if any.
    public var detailID: String?
    /// First line of the detail pane shown.
    public var detailScroll = 0

    public init() {}
}
