import Foundation

/// A signal with its verdict at one instant and, when bad, when it turned bad.
public struct SignalReading: Sendable, Hashable {
    public var signal: Signal
    public var verdict: SignalVerdict
    /// When the latest run of bad samples began; nil unless the verdict is `warn` or `crit`.
    public var turnedBadAt: Date?

    /// Creates a reading; `turnedBadAt` is read from the samples only when the verdict is bad,
    /// so a stale or broken signal never claims to have been red for a while.
    public init(signal: Signal, verdict: SignalVerdict) {
        self.signal = signal
        self.verdict = verdict
        self.turnedBadAt = verdict.status == .warn || verdict.status == .crit ? SignalAssessment.turnedBadAt(signal) : nil
    }

    /// Worst first; ties keep the order given (callers pass the estate's order).
    static func worstFirst(_ readings: [SignalReading]) -> [SignalReading] {
        readings.enumerated()
            .sorted { ($0.element.verdict.status.severity, -$0.offset) > ($1.element.verdict.status.severity, -$1.offset) }
            .map(\.element)
    }
}

/// A component of an environment and the readings of its signals, worst first.
public struct ComponentHealth: Sendable, Hashable {
    public var componentID: String
    /// The component's name, or its id when the estate does not describe it.
    public var name: String
    public var status: Status
    public var readings: [SignalReading]
}

/// A retail process in an environment: its rolled-up status and the signals behind it, worst first.
public struct ProcessImpact: Sendable, Hashable {
    public var process: RetailProcess
    /// Roll-up of `readings`; no signal mapped to the process is `unknown`, never `ok`.
    public var status: Status
    public var readings: [SignalReading]
}

/// A change on the timeline and the signals it is suspected of having hurt (empty: not a suspect).
public struct ChangeReading: Sendable, Hashable {
    public var change: Change
    public var suspects: [SuspectLink]

    /// Whether the change happened shortly before a signal turned bad.
    public var isSuspect: Bool { !suspects.isEmpty }
}
