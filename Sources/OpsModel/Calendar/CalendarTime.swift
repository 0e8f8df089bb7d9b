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
        let (day, secondOfDay) = split(seconds(date))
        return "\(dayText(day))T\(clockText(secondOfDay, withSeconds: true))Z"
    }

    /// Wall-clock time in a zone with the zone named, e.g. `2026-12-01 00:00 Europe/Berlin`.
    static func local(_ date: Date, in clock: ZoneClock) -> String {
        let (day, secondOfDay) = split(clock.wall(forInstant: seconds(date)))
        return "\(dayText(day)) \(clockText(secondOfDay, withSeconds: false)) \(clock.identifier)"
    }

    private static func split(_ seconds: Int) -> (CivilDate, Int) {
        let (days, secondOfDay) = CivilDate.floorDivide(seconds, by: 86_400)
        return (CivilDate(daysSinceEpoch: days), secondOfDay)
    }

    private static func dayText(_ day: CivilDate) -> String {
        "\(pad(day.year, 4))-\(pad(day.month, 2))-\(pad(day.day, 2))"
    }

    private static func clockText(_ secondOfDay: Int, withSeconds: Bool) -> String {
        let hourMinute = "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2))"
        return withSeconds ? "\(hourMinute):\(pad(secondOfDay % 60, 2))" : hourMinute
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
