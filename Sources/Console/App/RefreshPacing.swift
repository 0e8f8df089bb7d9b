import Foundation

/// How often a live console reloads its data and advances its clock, given what each costs.
///
/// A reload of 10,000 environments from fixtures takes seconds of both cores and a tick derives
/// the overview on the main thread in half a second; at the fixed 15 s and 5 s that was most of a
/// core while nothing happened, and keys stalled every few seconds. Each is now spaced so that it
/// takes at most `share` of the time; a small estate keeps the configured intervals.
public enum RefreshPacing {
    /// The largest fraction of wall time reloading (or ticking) may take.
    public static let share = 0.05

    /// The interval to wait after a refresh that kept the console busy for `busy` seconds.
    public static func interval(configured: TimeInterval, busy: TimeInterval) -> TimeInterval {
        guard busy.isFinite, busy > 0 else { return configured }
        return max(configured, busy / share)
    }
}
