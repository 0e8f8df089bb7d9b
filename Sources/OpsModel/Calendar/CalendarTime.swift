import Foundation

/// Conversions between `Date`, whole seconds and the text the calendar's reasons carry.
enum CalendarTime {
    /// Whole seconds since 1970, rounded down (calendar maths runs on whole seconds).
    static func seconds(_ date: Date) -> Int {
        let value = date.timeIntervalSince1970.rounded(.down)
        // Clamp so that distantPast/distantFuture and the like cannot trap the conversion.
        return Int(max(-1e15, min(1e15, value)))
    }

    /// The instant a number of whole seconds after 1970.
    static func date(_ seconds: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// ISO-8601 in UTC to the second, e.g. `2026-11-27T09:00:00Z`.
    static func iso8601(_ date: Date) -> String {
        ISO8601.format(Self.date(seconds(date)))
    }

    /// Wall-clock time in a zone with the zone named, e.g. `2026-12-01 00:00 Europe/Berlin`.
    static func local(_ date: Date, in zone: ZoneClock) -> String {
        let wall = CivilDate.wallClock(zone.wall(forInstant: seconds(date)))
        let pad = TimeText.digits
        return "\(pad(wall.date.year, 4))-\(pad(wall.date.month, 2))-\(pad(wall.date.day, 2)) \(pad(wall.hour, 2)):\(pad(wall.minute, 2)) \(zone.identifier)"
    }
}
