import Foundation

/// An IANA zone's wall clock: turns wall-clock times into instants (with the DST rules of
/// semantics.md) and instants back into wall-clock times.
///
/// Times are whole seconds since 1970-01-01T00:00:00Z. A "wall" value is the same count read
/// as if the zone's wall clock were UTC, so that wall-clock arithmetic stays integer arithmetic
/// and only the zone's offsets come from Foundation.
struct ZoneClock: Sendable {
    let timeZone: TimeZone
    let identifier: String

    /// The zone for a validated IANA identifier; nil when `ZoneClock.problem(with:)` objects.
    init?(identifier: String) {
        guard ZoneClock.problem(with: identifier) == nil, let zone = TimeZone(identifier: identifier) else { return nil }
        timeZone = zone
        self.identifier = identifier
    }

    /// UTC, for instants that carry no zone of their own.
    static let utc = ZoneClock(identifier: "UTC")!

    /// UTC under the names people use for it; Foundation spells it differently.
    private static let universalNames: Set<String> = ["UTC", "Etc/UTC", "GMT", "Etc/GMT"]

    /// Why an identifier is not an IANA zone we accept, or nil when it is fine.
    ///
    /// Fixed offsets (`+01:00`, `UTC+1`, `Etc/GMT-1`) are refused because a window written with
    /// one silently shifts by an hour when the business's clocks change.
    static func problem(with identifier: String) -> String? {
        if universalNames.contains(identifier) { return nil }
        if identifier.isEmpty { return "no time zone given; use an IANA zone such as Europe/Berlin" }
        let looksLikeOffset = identifier.contains("+" as Character) || identifier.contains(":" as Character) || identifier.hasPrefix("-")
            || identifier.hasPrefix("Etc/GMT") || identifier.hasPrefix("UTC") || identifier.hasPrefix("GMT")
            || identifier.first?.isNumber == true
        if looksLikeOffset {
            return "\"\(identifier)\" is a fixed offset, not an IANA zone; use a location such as Europe/Berlin"
        }
        // One zone is looked up, not the list of all of them: building that list cost 5 % of a
        // start. The name must come back as given, so "europe/berlin" is not silently accepted.
        if TimeZone(identifier: identifier)?.identifier == identifier { return nil }
        return "\"\(identifier)\" is not a known IANA time zone; use a location such as Europe/Berlin"
    }

    /// Seconds east of UTC in force at an instant.
    func offset(atInstant seconds: Int) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The wall-clock reading at an instant.
    func wall(forInstant seconds: Int) -> Int {
        seconds + offset(atInstant: seconds)
    }

    /// How far either side of a wall time to look for the offsets that could apply: more than
    /// any zone's distance from UTC, less than the gap between two real transitions.
    static let transitionReach = 36 * 3600

    /// The offsets in force around a range of wall-clock times, for resolving many of them.
    func offsetTable(fromWall: Int, toWall: Int) -> ZoneOffsetTable? {
        ZoneOffsetTable(clock: self, from: fromWall - ZoneClock.transitionReach, to: toWall + ZoneClock.transitionReach)
    }

    /// The instant a wall-clock time names.
    ///
    /// In a spring-forward gap the wall time does not exist: it begins at the first instant
    /// after the gap. In a fall-back overlap it exists twice: the first of the two instants.
    /// Asks Foundation directly (a few offset look-ups), so it needs no transition list.
    func instant(forWall wall: Int) -> Int {
        let before = offset(atInstant: wall - ZoneClock.transitionReach)
        let after = offset(atInstant: wall + ZoneClock.transitionReach)
        if before == after { return wall - before }
        let readingBefore = wall - before
        let readingAfter = wall - after
        let beforeHolds = offset(atInstant: readingBefore) == before
        let afterHolds = offset(atInstant: readingAfter) == after
        switch (beforeHolds, afterHolds) {
        case (true, true):
            return min(readingBefore, readingAfter)
        case (true, false):
            return readingBefore
        case (false, true):
            return readingAfter
        case (false, false):
            // In the gap: the transition lies between the two readings; find its first second.
            var low = min(readingBefore, readingAfter)
            var high = max(readingBefore, readingAfter)
            while high - low > 1 {
                let middle = low + (high - low) / 2
                if offset(atInstant: middle) == after { high = middle } else { low = middle }
            }
            return high
        }
    }
}
