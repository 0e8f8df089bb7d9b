import Foundation

/// The interval `[start, end)` of an occurrence without its window: what the verdicts compare.
struct OccurrenceSpan: Sendable, Hashable {
    var start: Date
    var end: Date

    /// Whether it is in force at an instant.
    func contains(_ instant: Date) -> Bool {
        start <= instant && instant < end
    }

    /// Whether it shares time with `[from, to)`, or contains `from` when the interval is empty.
    func intersects(from: Date, to: Date) -> Bool {
        from == to ? contains(from) : (start < to && from < end)
    }

    /// Whether all of `[from, to)` lies inside it (contains `from` when the interval is empty).
    func covers(from: Date, to: Date) -> Bool {
        from == to ? contains(from) : (start <= from && to <= end)
    }
}
