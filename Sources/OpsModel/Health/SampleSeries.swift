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
        /// The same, the values kept in a block shared with other series of one load.
        case pooled(SamplePoolBlock, start: Int32, count: Int32, newest: Date, step: TimeInterval)
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

    /// Evenly spaced values kept in `pool`'s current block (see `SamplePool`).
    public init(values: [Double], newest: Date, step: TimeInterval, pool: SamplePool) {
        self = values.withUnsafeBufferPointer { SampleSeries(values: $0, newest: newest, step: step, pool: pool) }
    }

    /// The same from a reader's scratch buffer, copied into the pool's block.
    public init(values: UnsafeBufferPointer<Double>, newest: Date, step: TimeInterval, pool: SamplePool) {
        if let (block, start) = pool.store(values) {
            self.init(storage: .pooled(block, start: Int32(start), count: Int32(values.count), newest: newest, step: step))
        } else {
            self.init(values: pool.replayed(values), newest: newest, step: step)
        }
    }

    private init(storage: Storage) {
        self.storage = storage
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
        case .pooled(_, _, let count, _, _): Int(count)
        case .uneven(let samples): samples.count
        }
    }

    public subscript(position: Int) -> Sample {
        get {
            switch storage {
            case .even(let values, let newest, let step):
                return Sample(time: Self.time(index: position, count: values.count, newest: newest, step: step), value: values[position])
            case .pooled(let block, let start, let count, let newest, let step):
                precondition(position >= 0 && position < Int(count), "index out of range")
                return Sample(time: Self.time(index: position, count: Int(count), newest: newest, step: step), value: block.storage[Int(start) + position])
            case .uneven(let samples):
                return samples[position]
            }
        }
        set {
            // A pooled series is never changed in its block: it takes its own copy first.
            if case .pooled(_, _, _, let newest, let step) = storage {
                storage = .even(values: values, newest: newest, step: step)
            }
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
        case .pooled(let block, let start, let count, _, _): Array(block.storage[Int(start)..<Int(start + count)])
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

/// Keeps the sample values of one load in large shared blocks instead of one array per series:
/// an array's header and the allocator's own bookkeeping were 48 bytes on top of 160 bytes of
/// values per series, 19 MB at 10,000 environments × 40 signals (docs/performance.md).
///
/// Filled by one loader on one thread; the blocks are never changed once a series points into
/// them, so the estate can be handed to other threads.
public final class SamplePool: @unchecked Sendable {
    /// Values per block (512 KiB).
    static let blockSize = 65_536
    private var block = SamplePoolBlock(capacity: blockSize)
    /// The replay step the values are stored at (`SampleReplayOrder`; 0 = as written).
    let replayStep: Int

    /// A pool storing each series' values as written, or replayed at `replayStep`: a live
    /// fixture estate moves without a second copy of its values (mapping the loaded estate
    /// gave every series an array of its own: +55 MiB at 10,000 environments after a reload).
    public init(replayStep: Int = 0) {
        self.replayStep = max(0, replayStep)
    }

    /// Copies `values` to the end of the current block, or of a new one when they do not fit;
    /// nil for a series longer than a block (kept on its own).
    func store(_ values: UnsafeBufferPointer<Double>) -> (SamplePoolBlock, Int)? {
        guard values.count <= Self.blockSize else { return nil }
        if block.count + values.count > Self.blockSize { block = SamplePoolBlock(capacity: Self.blockSize) }
        let start = block.append(values)
        if replayStep > 0 {
            let count = values.count
            for index in max(0, count - SampleReplayOrder.window)..<count {
                block.storage[start + index] = values[SampleReplayOrder.source(of: index, count: count, step: replayStep)]
            }
        }
        return (block, start)
    }

    /// The values of a series kept on its own, at the pool's replay step.
    func replayed(_ values: UnsafeBufferPointer<Double>) -> [Double] {
        let count = values.count
        return (0..<count).map { values[SampleReplayOrder.source(of: $0, count: count, step: replayStep)] }
    }
}

/// One block of a `SamplePool`: values only ever appended, within the capacity allocated at
/// the start, so the storage never moves. Raw storage, not an array: appending to an array
/// held by a class checked its uniqueness and exclusive access for every series (~550
/// instructions for 20 values; callgrind).
public final class SamplePoolBlock: @unchecked Sendable, Hashable {
    /// The values; the first `count` are set.
    let storage: UnsafeMutableBufferPointer<Double>
    private(set) var count = 0

    init(capacity: Int) {
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// Copies `values` after the last ones (the caller checked they fit); where they start.
    func append(_ values: UnsafeBufferPointer<Double>) -> Int {
        let start = count
        if let base = values.baseAddress { (storage.baseAddress! + start).initialize(from: base, count: values.count) }
        count += values.count
        return start
    }

    public static func == (lhs: SamplePoolBlock, rhs: SamplePoolBlock) -> Bool { lhs === rhs }

    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
