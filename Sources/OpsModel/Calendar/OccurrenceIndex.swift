import Foundation

/// Occurrences sorted by start, answering "which share time with `[from, to)`" without a full
/// scan: only starts within the longest duration before `from` can still be running.
struct OccurrenceIndex: Sendable {
    let items: [WindowOccurrence]
    private let longest: TimeInterval

    init(_ occurrences: [WindowOccurrence]) {
        items = occurrences.sorted { ($0.start, $0.window.id) < ($1.start, $1.window.id) }
        longest = occurrences.map { $0.end.timeIntervalSince($0.start) }.max() ?? 0
    }

    var isEmpty: Bool { items.isEmpty }

    /// Occurrences sharing time with `[from, to)` (the instant `from` when `from == to`).
    func intersecting(from: Date, to: Date) -> [WindowOccurrence] {
        // Everything that could intersect starts before `to`, or at `from` for an instant.
        var index = firstIndex(startingAfter: from == to ? from : to, inclusive: from != to)
        var found: [WindowOccurrence] = []
        let earliestRelevantStart = from.addingTimeInterval(-longest)
        while index > 0 {
            index -= 1
            let candidate = items[index]
            if candidate.start < earliestRelevantStart { break }
            if candidate.occurrence.intersects(from: from, to: to) { found.append(candidate) }
        }
        return found.reversed()
    }

    /// The first occurrence starting strictly after an instant.
    func firstStarting(after instant: Date) -> WindowOccurrence? {
        let index = firstIndex(startingAfter: instant, inclusive: false)
        return index < items.count ? items[index] : nil
    }

    /// The index of the first item whose start is after `instant` (at or after when `inclusive`).
    private func firstIndex(startingAfter instant: Date, inclusive: Bool) -> Int {
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            let start = items[middle].start
            if inclusive ? start < instant : start <= instant { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
