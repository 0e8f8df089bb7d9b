/// A problem that makes a window unusable, naming the window and the field at fault.
public struct CalendarValidationError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The window's id.
    public var windowID: String
    /// The field at fault: `zone`, `cron`, `duration`, `start` or `end`.
    public var field: String
    /// What is wrong, in words.
    public var message: String

    /// A problem with one field of one window.
    public init(windowID: String, field: String, message: String) {
        self.windowID = windowID
        self.field = field
        self.message = message
    }

    /// E.g. `window "peak": zone: "+01:00" is a fixed offset, not an IANA zone; …`.
    public var description: String { "window \"\(windowID)\": \(field): \(message)" }
}
