/// A reader's buffer for one series' samples, grown when a series is longer than any before:
/// appending to an array checked its uniqueness and capacity for every value (callgrind).
struct SampleScratch {
    private var storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: 64)
    /// How many values are set.
    var count = 0

    /// The values set so far.
    var filled: UnsafeBufferPointer<Double> {
        UnsafeBufferPointer(rebasing: storage[..<count])
    }

    /// Sets the next value, growing the storage when it is full.
    mutating func append(_ value: Double) {
        if count == storage.count {
            let larger = UnsafeMutableBufferPointer<Double>.allocate(capacity: storage.count * 2)
            _ = larger.initialize(from: storage)
            storage.deallocate()
            storage = larger
        }
        storage[count] = value
        count += 1
    }

    /// Frees the storage; the owner calls it once, when it goes.
    func deallocate() {
        storage.deallocate()
    }
}
