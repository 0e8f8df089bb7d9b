import Foundation

/// One occurrence in an index: its span and which compiled window it belongs to.
struct IndexedOccurrence: Sendable {
    /// Position of the window in the `CompiledCalendar.windows` the index was built from.
    let windowIndex: Int
    let span: OccurrenceSpan
}

/// Occurrences sorted by start, answering "which share time with `[from, to)`" without a full
/// scan: only starts within the longest duration before `from` can still be running.
///
/// It holds spans and window positions, not windows, so that building and sorting one per
/// environment stays cheap; `occurrence(_:)` materialises the full value for reasons.
struct OccurrenceIndex: Sendable {
    let items: [IndexedOccurrence]
    private let windows: [CompiledWindow]
    private let longest: TimeInterval

    init(_ occurrences: [IndexedOccurrence], windows: [CompiledWindow]) {
        items = occurrences.sorted { ($0.span.start, $0.windowIndex) < ($1.span.start, $1.windowIndex) }
        self.windows = windows
        longest = occurrences.map { $0.span.end.timeIntervalSince($0.span.start) }.max() ?? 0
    }

    /// The occurrence with its window, for reasons and views.
    func occurrence(_ item: IndexedOccurrence) -> WindowOccurrence {
        let window = windows[item.windowIndex].window
        return WindowOccurrence(
            window: window, occurrence: Occurrence(windowID: window.id, start: item.span.start, end: item.span.end)
        )
    }

    /// The window an indexed occurrence belongs to.
    func window(of item: IndexedOccurrence) -> FreezeWindow {
        windows[item.windowIndex].window
    }

    /// Occurrences sharing time with `[from, to)` (the instant `from` when `from == to`).
    func intersecting(from: Date, to: Date) -> [IndexedOccurrence] {
        // Everything that could intersect starts before `to`, or at `from` for an instant.
        var index = firstIndex(startingAfter: from == to ? from : to, inclusive: from != to)
        var found: [IndexedOccurrence] = []
        let earliestRelevantStart = from.addingTimeInterval(-longest)
        while index > 0 {
            index -= 1
            let candidate = items[index]
            if candidate.span.start < earliestRelevantStart { break }
            if candidate.span.intersects(from: from, to: to) { found.append(candidate) }
        }
        return found.reversed()
    }

    /// The first occurrence starting strictly after an instant.
    func firstStarting(after instant: Date) -> IndexedOccurrence? {
        let index = firstIndex(startingAfter: instant, inclusive: false)
        return index < items.count ? items[index] : nil
    }

    /// The index of the first item whose start is after `instant` (at or after when `inclusive`).
    private func firstIndex(startingAfter instant: Date, inclusive: Bool) -> Int {
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            let start = items[middle].span.start
            if inclusive ? start < instant : start <= instant { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
