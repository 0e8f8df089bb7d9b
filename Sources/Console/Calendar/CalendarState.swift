/// The Calendar view's own state (selection, scroll, sub-mode); lives in `AppState.calendar`.
public struct CalendarState: Sendable, Equatable {
    /// Text typed after `/`; the view decides what it narrows.
    public var filter = ""

    public init() {}
}
