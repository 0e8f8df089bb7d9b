import Foundation

/// A signal's samples, oldest first, kept compactly: when the samples are evenly spaced (fixtures
/// and scrapes are), only their values, the newest time and the step; otherwise the samples.
///
/// Half the memory of `[Sample]` for the common case: at 10,000 environments × 40 signals × 20
/// samples that is 64 MB (docs/performance.md). It reads like an array of `Sample`, is equal
/// to another series with the same samples however each is stored, and is coded as an array.
public struct SampleSeries: RandomAccessCollection, MutableCollection, Sendable, Hashable, Codable, ExpressibleByArrayLiteral {
    private enum Storage: Sendable, Hashable {
        /// Sample `i` of `n` is at `newest − (n − 1 − i) × step`.
        case even(values: [Double], newest: Date, step: TimeInterval)
        case uneven([Sample])
    }

    private var storage: Storage

    /// Evenly spaced values: the last one at `newest`, each `step` seconds after the one before.
    public init(values: [Double], newest: Date, step: TimeInterval) {
        storage = .even(values: values, newest: newest, step: step)
    }

    /// Any samples; stored compactly when their times are evenly spaced.
    public init(_ samples: [Sample]) {
        guard samples.count >= 2, let newest = samples.last?.time else {
            storage = .uneven(samples)
            return
        }
        let step = newest.timeIntervalSince(samples[samples.count - 2].time)
        let count = samples.count
        for (index, sample) in samples.enumerated()
        where Self.time(index: index, count: count, newest: newest, step: step) != sample.time {
            storage = .uneven(samples)
            return
        }
        storage = .even(values: samples.map(\.value), newest: newest, step: step)
    }

    public init(arrayLiteral samples: Sample...) {
        self.init(samples)
    }

    public init() {
        storage = .uneven([])
    }

    /// The same arithmetic as the fixture loader's, so times round-trip exactly.
    private static func time(index: Int, count: Int, newest: Date, step: TimeInterval) -> Date {
        newest.addingTimeInterval(-Double(count - 1 - index) * step)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .even(let values, _, _): values.count
        case .uneven(let samples): samples.count
        }
    }

    public subscript(position: Int) -> Sample {
        get {
            switch storage {
            case .even(let values, let newest, let step):
                return Sample(time: Self.time(index: position, count: values.count, newest: newest, step: step), value: values[position])
            case .uneven(let samples):
                return samples[position]
            }
        }
        set {
            if case .even(var values, let newest, let step) = storage,
               newValue.time == Self.time(index: position, count: values.count, newest: newest, step: step) {
                storage = .uneven([])
                values[position] = newValue.value
                storage = .even(values: values, newest: newest, step: step)
                return
            }
            var samples = Array(self)
            samples[position] = newValue
            storage = .uneven(samples)
        }
    }

    /// The values alone, oldest first (sparklines need no times).
    public var values: [Double] {
        switch storage {
        case .even(let values, _, _): values
        case .uneven(let samples): samples.map(\.value)
        }
    }

    public static func == (lhs: SampleSeries, rhs: SampleSeries) -> Bool {
        lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for sample in self { hasher.combine(sample) }
    }

    public init(from decoder: any Decoder) throws {
        self.init(try [Sample](from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try Array(self).encode(to: encoder)
    }
}
