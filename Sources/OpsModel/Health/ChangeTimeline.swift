import Foundation

/// The "what changed" timeline of one environment: recent changes, newest first.
public enum ChangeTimeline {
    /// Twenty-four hours: how far back the Health view and `opsdeck health` look by default.
    public static let defaultLookback: TimeInterval = 24 * 3600

    /// Changes of `environmentID` in `[now − lookback, now]`, newest first; future-dated changes
    /// (planned, or a clock skew) are left out because they cannot have caused what is seen now.
    public static func recent(_ changes: [Change], environmentID: String, now: Date, lookback: TimeInterval = defaultLookback) -> [Change] {
        changes
            .filter { $0.environmentID == environmentID && $0.at <= now && now.timeIntervalSince($0.at) <= lookback }
            .sorted { ($0.at, $0.id) > ($1.at, $1.id) }
    }
}
