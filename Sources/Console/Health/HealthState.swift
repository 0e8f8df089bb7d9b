/// The Health view's own state (selection, scroll, drill-in); lives in `AppState.health`.
public struct HealthState: Sendable, Equatable {
    /// Text typed after `/`: narrows environments in the list, signals when drilled in.
    public var filter = ""
    /// The selected environment by id, so it stays selected when data reloads or order changes;
    /// nil means the first (worst) environment.
    public var selectedID: String?
    /// First list row shown.
    public var listScroll = 0
    /// The environment drilled into, if any.
    public var detailID: String?
    /// First scrolling line of the detail shown.
    public var detailScroll = 0
    /// The environment filter, kept while drilled in (the `/` text then narrows signals) and restored on the way back.
    public var listFilter = ""

    public init() {}
}
