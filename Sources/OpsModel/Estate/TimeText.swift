import Foundation

/// Instants as people read them, always with the zone named.
public enum TimeText {
    /// `2026-11-27 09:00 UTC` (or `… Europe/Berlin`) in the given zone.
    public static func minute(_ date: Date, zone: TimeZone) -> String {
        let parts = components(date, zone: zone)
        return "\(digits(parts.year, 4))-\(digits(parts.month, 2))-\(digits(parts.day, 2)) \(digits(parts.hour, 2)):\(digits(parts.minute, 2)) " + zoneName(zone)
    }

    /// `09:00` in the given zone (the caller names the zone nearby).
    public static func clock(_ date: Date, zone: TimeZone) -> String {
        let parts = components(date, zone: zone)
        return "\(digits(parts.hour, 2)):\(digits(parts.minute, 2))"
    }

    /// `Fri 27 Nov` in the given zone.
    public static func day(_ date: Date, zone: TimeZone) -> String {
        let parts = components(date, zone: zone)
        let names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(names[parts.weekday]) \(parts.day) \(months[parts.month - 1])"
    }

    /// `UTC` for GMT/UTC zones, otherwise the IANA identifier.
    public static func zoneName(_ zone: TimeZone) -> String {
        ["GMT", "UTC", "Etc/UTC", "Etc/GMT"].contains(zone.identifier) ? "UTC" : zone.identifier
    }

    /// `48m ago`, `in 3d4h`.
    public static func relative(_ date: Date, now: Date) -> String {
        let delta = date.timeIntervalSince(now)
        return delta <= 0 ? "\(DurationText.short(-delta)) ago" : "in \(DurationText.short(delta))"
    }

    /// The instant's wall clock in `zone`: its offset there, then the proleptic Gregorian
    /// calendar. A `Calendar` and `String(format:)` took 2 M instructions for the status bar's
    /// clock on the first frame (callgrind); tests compare this with `Calendar` across zones.
    static func components(_ date: Date, zone: TimeZone) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, weekday: Int) {
        let clock = CivilDate.wallClock(Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date))
        return (clock.date.year, clock.date.month, clock.date.day, clock.hour, clock.minute, clock.date.weekday)
    }

    /// `value` with leading zeros to `width` digits (a sign first, for a negative year).
    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value.magnitude)
        let padded = text.count < width ? String(repeating: "0", count: width - text.count) + text : text
        return value < 0 ? "-" + padded : padded
    }
}
