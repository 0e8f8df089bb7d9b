import Foundation

/// A short list of texts as bytes, each with a value, found by the bytes of an item: the keys
/// sit in one buffer, so a search retains nothing (a list of byte arrays retained each one it
/// compared, a tenth of reading the signals of a large estate with the moves it made).
///
/// A search starts after the last key found: a file lists one environment's signals in one key
/// order, environment after environment, so the next key is nearly always the one after.
struct ByteKeyTable<Value> {
    private var bytes: [UInt8] = []
    private var spans: [(start: Int, count: Int)] = []
    private var values: [Value] = []
    private var next = 0

    /// How many keys it holds.
    var count: Int { values.count }

    /// Adds `key` with its value; it is then the last one found.
    mutating func append(_ key: UnsafeBufferPointer<UInt8>, _ value: Value) {
        spans.append((bytes.count, key.count))
        bytes.append(contentsOf: key)
        values.append(value)
        next = values.count
    }

    /// Empties the table, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        next = 0
    }

    /// The index of the key spelled by `range` of `item`, or nil.
    mutating func index(of range: Range<Int>, in item: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = spans.count
        guard count > 0 else { return nil }
        var index = next < count ? next : 0
        let found: Int? = bytes.withUnsafeBufferPointer { keys in
            for _ in 0..<count {
                let span = spans[index]
                if span.count == range.count,
                   span.count == 0 || memcmp(keys.baseAddress! + span.start, item.baseAddress! + range.lowerBound, span.count) == 0 {
                    return index
                }
                index = index + 1 == count ? 0 : index + 1
            }
            return nil
        }
        if let found { next = found + 1 }
        return found
    }

    /// The value of key `index`.
    subscript(index: Int) -> Value { values[index] }
}
