import Foundation

/// Which side of a threshold is bad.
public enum ThresholdDirection: String, Sendable, Codable, Hashable, CaseIterable {
    /// Values at or above the threshold are bad (latency, error rate).
    case above
    /// Values at or below the threshold are bad (cache hit ratio, ready pods).
    case below
}

/// Warn and crit thresholds of a signal.
public struct Thresholds: Sendable, Hashable, Codable {
    public var warn: Double
    public var crit: Double
    public var direction: ThresholdDirection
    public init(warn: Double, crit: Double, direction: ThresholdDirection) {
        self.warn = warn
        self.crit = crit
        self.direction = direction
    }
}

/// One observation of a signal.
public struct Sample: Sendable, Hashable, Codable {
    public var time: Date
    public var value: Double
    public init(time: Date, value: Double) {
        self.time = time
        self.value = value
    }
}

/// A measured health signal of one component of one environment.
public struct Signal: Sendable, Hashable, Codable {
    /// Stable key of the measure, e.g. `pg.replication_lag_seconds`.
    public var key: String
    public var name: String
    public var unit: String
    public var environmentID: String
    public var componentID: String
    public var thresholds: Thresholds
    /// Samples, oldest first; the last is the current value.
    public var samples: SampleSeries
    public var processes: [RetailProcess]
    public var runbookID: String?
    /// Age past which the latest value is `unknown` (default: 3 × the refresh interval).
    public var staleAfter: TimeInterval
    /// Why there is no value, when a collector failed.
    public var error: String?

    public init(
        key: String, name: String, unit: String, environmentID: String, componentID: String,
        thresholds: Thresholds, samples: SampleSeries, processes: [RetailProcess] = [], runbookID: String? = nil,
        staleAfter: TimeInterval = 90, error: String? = nil
    ) {
        self.key = key
        self.name = name
        self.unit = unit
        self.environmentID = environmentID
        self.componentID = componentID
        self.thresholds = thresholds
        self.samples = samples
        self.processes = processes
        self.runbookID = runbookID
        self.staleAfter = staleAfter
        self.error = error
    }

    /// The latest sample, if any.
    public var latest: Sample? { samples.last }
}
