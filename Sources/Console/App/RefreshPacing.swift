import Foundation

/// How often a live console reloads its data and advances its clock, given what each costs.
///
/// A reload of 10,000 environments from fixtures takes seconds of both cores and a tick derives
/// the overview on the main thread in half a second; at the fixed 15 s and 5 s that was most of a
/// core while nothing happened, and keys stalled every few seconds. Each is now spaced so that it
/// takes at most `share` of the time; a small estate keeps the configured intervals. `busy` is
/// CPU time (of all threads), so waiting on a slow agent does not space its polls out.
public enum RefreshPacing {
    /// The largest fraction of wall time reloading (or ticking) may take, as CPU time.
    public static let share = 0.05
    /// Never longer than this many times the configured interval: data that waits for its next
    /// reload ages, and past its `staleAfter` a signal would be shown as unknown.
    public static let longestFactor = 4.0

    /// The interval to wait after a refresh that used `busy` seconds of CPU.
    public static func interval(configured: TimeInterval, busy: TimeInterval) -> TimeInterval {
        guard busy.isFinite, busy > 0 else { return configured }
        return min(max(configured, busy / share), configured * longestFactor)
    }
}
