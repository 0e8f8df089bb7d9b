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

/// What a signal is, apart from where it is measured and its values: shared by every series of
/// one catalog entry, so 400,000 signals do not each carry their own copy (docs/performance.md).
/// Immutable, so sharing it is safe; a changed signal gets a new one.
public final class SignalTraits: Sendable, Hashable {
    /// The traits as plain values: what is compared, hashed and changed.
    public struct Values: Sendable, Hashable {
        public var name: String
        public var unit: String
        public var thresholds: Thresholds
        public var processes: [RetailProcess]
        public var runbookID: String?
        public var staleAfter: TimeInterval

        /// Traits as given.
        public init(name: String, unit: String, thresholds: Thresholds, processes: [RetailProcess], runbookID: String?, staleAfter: TimeInterval) {
            self.name = name
            self.unit = unit
            self.thresholds = thresholds
            self.processes = processes
            self.runbookID = runbookID
            self.staleAfter = staleAfter
        }
    }

    public let values: Values

    /// Shared traits holding `values`.
    public init(_ values: Values) {
        self.values = values
    }

    /// A copy with one change.
    func with(_ change: (inout Values) -> Void) -> SignalTraits {
        var changed = values
        change(&changed)
        return SignalTraits(changed)
    }

    public static func == (lhs: SignalTraits, rhs: SignalTraits) -> Bool {
        lhs === rhs || lhs.values == rhs.values
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(values)
    }
}

/// A measured health signal of one component of one environment.
public struct Signal: Sendable, Hashable, Codable {
    /// Stable key of the measure, e.g. `pg.replication_lag_seconds`.
    public var key: String
    public var environmentID: String
    public var componentID: String
    /// Name, unit, thresholds, processes, runbook and staleness, shared with its catalog entry.
    public var traits: SignalTraits
    /// Samples, oldest first; the last is the current value.
    public var samples: SampleSeries
    /// Why there is no value, when a collector failed.
    public var error: String?

    public var name: String {
        get { traits.values.name }
        set { traits = traits.with { $0.name = newValue } }
    }

    public var unit: String {
        get { traits.values.unit }
        set { traits = traits.with { $0.unit = newValue } }
    }

    public var thresholds: Thresholds {
        get { traits.values.thresholds }
        set { traits = traits.with { $0.thresholds = newValue } }
    }

    public var processes: [RetailProcess] {
        get { traits.values.processes }
        set { traits = traits.with { $0.processes = newValue } }
    }

    public var runbookID: String? {
        get { traits.values.runbookID }
        set { traits = traits.with { $0.runbookID = newValue } }
    }

    /// Age past which the latest value is `unknown` (default: 3 × the refresh interval).
    public var staleAfter: TimeInterval {
        get { traits.values.staleAfter }
        set { traits = traits.with { $0.staleAfter = newValue } }
    }

    public init(
        key: String, name: String, unit: String, environmentID: String, componentID: String,
        thresholds: Thresholds, samples: SampleSeries, processes: [RetailProcess] = [], runbookID: String? = nil,
        staleAfter: TimeInterval = 90, error: String? = nil
    ) {
        let traits = SignalTraits(.init(name: name, unit: unit, thresholds: thresholds, processes: processes, runbookID: runbookID, staleAfter: staleAfter))
        self.init(key: key, environmentID: environmentID, componentID: componentID, traits: traits, samples: samples, error: error)
    }

    /// A signal whose traits are shared with others of its kind.
    public init(key: String, environmentID: String, componentID: String, traits: SignalTraits, samples: SampleSeries, error: String? = nil) {
        self.key = key
        self.environmentID = environmentID
        self.componentID = componentID
        self.traits = traits
        self.samples = samples
        self.error = error
    }

    /// The latest sample, if any.
    public var latest: Sample? { samples.last }

    private enum CodingKeys: String, CodingKey {
        case key, name, unit, environmentID, componentID, thresholds, samples, processes, runbookID, staleAfter, error
    }

    /// The wire form is flat, as it was before traits were shared.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            key: try container.decode(String.self, forKey: .key), name: try container.decode(String.self, forKey: .name),
            unit: try container.decode(String.self, forKey: .unit), environmentID: try container.decode(String.self, forKey: .environmentID),
            componentID: try container.decode(String.self, forKey: .componentID), thresholds: try container.decode(Thresholds.self, forKey: .thresholds),
            samples: try container.decode(SampleSeries.self, forKey: .samples), processes: try container.decode([RetailProcess].self, forKey: .processes),
            runbookID: try container.decodeIfPresent(String.self, forKey: .runbookID), staleAfter: try container.decode(TimeInterval.self, forKey: .staleAfter),
            error: try container.decodeIfPresent(String.self, forKey: .error)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(name, forKey: .name)
        try container.encode(unit, forKey: .unit)
        try container.encode(environmentID, forKey: .environmentID)
        try container.encode(componentID, forKey: .componentID)
        try container.encode(thresholds, forKey: .thresholds)
        try container.encode(samples, forKey: .samples)
        try container.encode(processes, forKey: .processes)
        try container.encodeIfPresent(runbookID, forKey: .runbookID)
        try container.encode(staleAfter, forKey: .staleAfter)
        try container.encodeIfPresent(error, forKey: .error)
    }
}
