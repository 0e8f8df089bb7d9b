import Foundation

/// Instants as people read them, always with the zone named.
public enum TimeText {
    /// `2026-11-27 09:00 UTC` (or `… Europe/Berlin`) in the given zone.
    public static func minute(_ date: Date, zone: TimeZone) -> String {
        let parts = components(date, zone: zone)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year, parts.month, parts.day, parts.hour, parts.minute) + " " + zoneName(zone)
    }

    /// `09:00` in the given zone (the caller names the zone nearby).
    public static func clock(_ date: Date, zone: TimeZone) -> String {
        let parts = components(date, zone: zone)
        return String(format: "%02d:%02d", parts.hour, parts.minute)
    }

    /// `Fri 27 Nov` in the given zone.
    public static func day(_ date: Date, zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let weekday = calendar.component(.weekday, from: date)
        let parts = components(date, zone: zone)
        let names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(names[weekday - 1]) \(parts.day) \(months[parts.month - 1])"
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

    private static func components(_ date: Date, zone: TimeZone) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }
}
