import Synchronization

/// Numbers each new snapshot and overview across the whole process. States are values copied
/// freely (a benchmark tries one edit per copy of a state), while the memos they share are
/// objects keyed by these numbers: counted per copy, two copies that each took a different
/// snapshot got the same number, and the second was drawn from the first's memo.
enum DataGeneration {
    private static let counter = Atomic<Int>(0)

    /// A number no snapshot or overview of this process has had before.
    static func next() -> Int {
        counter.add(1, ordering: .relaxed).newValue
    }
}
