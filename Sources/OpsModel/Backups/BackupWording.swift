import Foundation

/// How backup reasons spell instants and durations: UTC with the zone named, durations rounded down.
///
/// The model has no access to the viewer's zone, so reasons say UTC explicitly (semantics.md: the
/// zone is always visible); the screen can re-render from the reason's `data`, which holds ISO 8601.
public enum BackupWording {
    /// "10:42 UTC" when the instant falls on the same UTC day as `now`, else "2026-11-20 10:42 UTC".
    public static func instant(_ date: Date, now: Date) -> String {
        // Civil UTC fields by arithmetic, so no calendar or zone database is read.
        let parts = CivilDate.wallClock(Int(date.timeIntervalSince1970.rounded(.down)))
        let clock = two(parts.hour) + ":" + two(parts.minute)
        if dayNumber(date) == dayNumber(now) { return clock + " UTC" }
        return "\(parts.date.year)-\(two(parts.date.month))-\(two(parts.date.day)) \(clock) UTC"
    }

    /// "2026-11-22T10:49:36Z": the stable form for `Reason.data`.
    public static func iso(_ date: Date) -> String {
        ISO8601.format(date)
    }

    /// A duration for people: "45 s", "18 min", "2 h 5 min", "3 d 4 h". Negative durations read as "0 s".
    public static func duration(_ seconds: TimeInterval) -> String {
        let total = Int(max(0, seconds).rounded(.down))
        let days = total / 86_400
        let hours = (total % 86_400) / 3600
        let minutes = (total % 3600) / 60
        if days > 0 { return hours > 0 ? "\(days) d \(hours) h" : "\(days) d" }
        if hours > 0 { return minutes > 0 ? "\(hours) h \(minutes) min" : "\(hours) h" }
        if minutes > 0 { return "\(minutes) min" }
        return "\(total) s"
    }

    /// Seconds as a whole number, for `Reason.data`.
    public static func seconds(_ value: TimeInterval) -> String {
        String(Int(value.rounded(.down)))
    }

    private static func dayNumber(_ date: Date) -> Int {
        Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    private static func two(_ value: Int) -> String {
        TimeText.digits(value, 2)
    }
}
