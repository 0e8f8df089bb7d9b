import Foundation

/// A zone's offsets over a stretch of time, read once from Foundation so that resolving many
/// wall-clock times (every cron start of a 90-day search) is plain integer arithmetic.
///
/// Segment `i` has `offsets[i]` from instant `starts[i]` until `starts[i + 1]`; the first
/// reaches back and the last forward indefinitely, so the table must span the query.
struct ZoneOffsetTable: Sendable {
    private let starts: [Int]
    private let offsets: [Int]

    /// Reads the offsets in force between two instants (whole seconds), or nil when
    /// Foundation's transition list does not account for them (then resolve time by time).
    init?(clock: ZoneClock, from: Int, to: Int) {
        var starts = [Int.min]
        var offsets = [clock.offset(atInstant: from)]
        var cursor = CalendarTime.date(from)
        while let next = clock.timeZone.nextDaylightSavingTimeTransition(after: cursor) {
            let transition = CalendarTime.seconds(next.addingTimeInterval(0.5))
            guard transition < to else { break }
            guard next > cursor, transition > starts[starts.count - 1] else { return nil }
            let offset = clock.offset(atInstant: transition)
            // A transition must change the offset exactly at its first second.
            guard clock.offset(atInstant: transition - 1) == offsets[offsets.count - 1] else { return nil }
            if offset != offsets[offsets.count - 1] {
                starts.append(transition)
                offsets.append(offset)
            }
            cursor = next
        }
        guard clock.offset(atInstant: to) == offsets[offsets.count - 1] else { return nil }
        self.starts = starts
        self.offsets = offsets
    }

    /// The instant a wall-clock time names: in a gap, the first instant after it; in an
    /// overlap, the first of the two instants.
    func instant(forWall wall: Int) -> Int {
        var earliest: Int?
        for index in offsets.indices {
            let candidate = wall - offsets[index]
            let segmentEnd = index + 1 < starts.count ? starts[index + 1] : Int.max
            if candidate >= starts[index], candidate < segmentEnd {
                earliest = min(earliest ?? candidate, candidate)
            }
        }
        if let earliest { return earliest }
        // No segment holds it: it lies in the gap a forward jump at some `starts[index]` leaves.
        for index in offsets.indices.dropFirst()
        where wall - offsets[index - 1] >= starts[index] && wall - offsets[index] < starts[index] {
            return starts[index]
        }
        return wall - offsets[offsets.count - 1]
    }
}
