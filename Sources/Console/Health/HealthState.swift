/// The Health view's own state (selection, scroll, sub-mode); lives in `AppState.health`.
public struct HealthState: Sendable, Equatable {
    /// Text typed after `/`; the view decides what it narrows.
    public var filter = ""

    public init() {}
}
