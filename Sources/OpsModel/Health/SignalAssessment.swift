import Foundation

/// A signal's verdict at an instant: status, the value it rests on, and how old that value is.
///
/// Stored packed (value and age without their optional wrappers, their presence in two flags):
/// 40 bytes instead of 56, and a large estate keeps one per signal (docs/performance.md).
public struct SignalVerdict: Sendable, Hashable {
    public var status: Status
    /// Whether the latest value is older than the signal's stale limit.
    public var isStale: Bool
    private var hasValue: Bool
    private var hasAge: Bool
    private var storedValue: Double
    private var storedAge: TimeInterval
    /// A sentence for the screen when the status is not `ok`.
    public var note: String?

    /// The latest value, even when stale (the screen shows it with its age).
    public var value: Double? {
        get { hasValue ? storedValue : nil }
        set {
            hasValue = newValue != nil
            storedValue = newValue ?? 0
        }
    }

    /// Age of the latest value at the assessed instant, seconds; nil with no value.
    public var age: TimeInterval? {
        get { hasAge ? storedAge : nil }
        set {
            hasAge = newValue != nil
            storedAge = newValue ?? 0
        }
    }

    /// A verdict as judged.
    public init(status: Status, value: Double?, age: TimeInterval?, isStale: Bool, note: String?) {
        self.status = status
        self.isStale = isStale
        hasValue = value != nil
        storedValue = value ?? 0
        hasAge = age != nil
        storedAge = age ?? 0
        self.note = note
    }
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
    @inline(__always)
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
