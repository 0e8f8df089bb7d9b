import Foundation

/// A signal's verdict at an instant: status, the value it rests on, and how old that value is.
public struct SignalVerdict: Sendable, Hashable {
    public var status: Status
    /// The latest value, even when stale (the screen shows it with its age).
    public var value: Double?
    /// Age of the latest value at the assessed instant, seconds; nil with no value.
    public var age: TimeInterval?
    /// Whether the latest value is older than the signal's stale limit.
    public var isStale: Bool
    /// A sentence for the screen when the status is not `ok`.
    public var note: String?
}

/// Judges signals by their thresholds and freshness (semantics.md, "Health signals").
public enum SignalAssessment {
    /// Status of a value against thresholds: reaching a threshold counts as past it.
    public static func status(of value: Double, thresholds: Thresholds) -> Status {
        guard value.isFinite else { return .unknown }
        switch thresholds.direction {
        case .above:
            if value >= thresholds.crit { return .crit }
            if value >= thresholds.warn { return .warn }
        case .below:
            if value <= thresholds.crit { return .crit }
            if value <= thresholds.warn { return .warn }
        }
        return .ok
    }

    /// The verdict of a signal at `now`: no value, a collector error, or a stale value is `unknown`.
    public static func assess(_ signal: Signal, now: Date) -> SignalVerdict {
        guard let latest = signal.latest else {
            return SignalVerdict(status: .unknown, value: nil, age: nil, isStale: false, note: signal.error ?? "no value")
        }
        let age = max(0, now.timeIntervalSince(latest.time))
        if let error = signal.error {
            return SignalVerdict(status: .unknown, value: latest.value, age: age, isStale: true, note: error)
        }
        if age > signal.staleAfter {
            return SignalVerdict(status: .unknown, value: latest.value, age: age, isStale: true, note: "stale: last value \(DurationText.short(age)) old")
        }
        let status = status(of: latest.value, thresholds: signal.thresholds)
        return SignalVerdict(status: status, value: latest.value, age: age, isStale: false, note: nil)
    }

    /// The moment the signal last went from `ok` to worse, read from its samples; nil if it is not bad.
    public static func turnedBadAt(_ signal: Signal) -> Date? {
        guard let latest = signal.latest, status(of: latest.value, thresholds: signal.thresholds) != .ok else { return nil }
        var firstBad = latest.time
        for sample in signal.samples.reversed() {
            if status(of: sample.value, thresholds: signal.thresholds) == .ok { break }
            firstBad = sample.time
        }
        return firstBad
    }
}
