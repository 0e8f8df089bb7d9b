import Foundation

/// One stretch of time a window is in force: the half-open interval `[start, end)`.
public struct Occurrence: Sendable, Hashable, Codable {
    /// The window it belongs to.
    public var windowID: String
    /// The first instant it is in force.
    public var start: Date
    /// The first instant it is no longer in force (exclusive).
    public var end: Date

    /// An occurrence of a window from `start` up to, not including, `end`.
    public init(windowID: String, start: Date, end: Date) {
        self.windowID = windowID
        self.start = start
        self.end = end
    }

    /// Whether it is in force at an instant (`start <= instant < end`).
    public func contains(_ instant: Date) -> Bool {
        span.contains(instant)
    }

    /// Whether it shares time with `[from, to)`; an empty interval (`from == to`) is the
    /// instant `from`, so a zero-length deploy still meets the window it lands in.
    public func intersects(from: Date, to: Date) -> Bool {
        span.intersects(from: from, to: to)
    }

    /// Whether all of `[from, to)` lies inside it (for `from == to`: whether it contains `from`).
    public func covers(from: Date, to: Date) -> Bool {
        span.covers(from: from, to: to)
    }

    var span: OccurrenceSpan { OccurrenceSpan(start: start, end: end) }
}

/// An occurrence together with the window it comes from, for reasons and the calendar views.
public struct WindowOccurrence: Sendable, Hashable, Codable {
    /// The window in force.
    public var window: FreezeWindow
    /// When it is in force.
    public var occurrence: Occurrence

    /// Pairs an occurrence with its window.
    public init(window: FreezeWindow, occurrence: Occurrence) {
        self.window = window
        self.occurrence = occurrence
    }

    /// The window's name, for the UI.
    public var name: String { window.name }
    /// The window's kind, for the UI.
    public var kind: WindowKind { window.kind }
    /// When this occurrence starts.
    public var start: Date { occurrence.start }
    /// When this occurrence ends (exclusive).
    public var end: Date { occurrence.end }
}
