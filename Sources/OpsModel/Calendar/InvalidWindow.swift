/// A window that could not be compiled, kept so verdicts can refuse to guess around it.
public struct InvalidWindow: Sendable, Hashable {
    /// The window as loaded.
    public var window: FreezeWindow
    /// Why it cannot be used.
    public var problems: [CalendarValidationError]

    /// A window with its validation problems.
    public init(window: FreezeWindow, problems: [CalendarValidationError]) {
        self.window = window
        self.problems = problems
    }
}
