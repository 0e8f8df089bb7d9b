import Foundation

/// Values a direct reader made from flow mappings, found again by the mapping's bytes.
///
/// The same component line (`{id: traefik, name: "Traefik ingress", kind: traefik, …}`) recurs
/// in most environments of an estate; reading one was half of an environment's cost (callgrind:
/// ~5,200 instructions, where finding it again is a hash and a compare). Only values read
/// without anything to report are kept, and a value depends on nothing but its bytes and the
/// reader, so a line found again gives exactly what reading it would. One reader, one thread.
final class RecurringLines<Value> {
    /// At most this many lines are kept: an estate whose lines never recur must not grow it.
    static var limit: Int { 1_024 }

    /// In one stored property: each access to a class's property is checked for exclusivity at
    /// run time, and three of them per line were a tenth of a found line's cost (callgrind).
    private var table = Table()

    /// The value of the mapping at `range` of `bytes`: the one kept for the same bytes, or what
    /// `read` makes of it (kept when it is not nil and there is room).
    func value(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, read: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
        let line = UnsafeBufferPointer(rebasing: bytes[range])
        let hash = TextStore.hash(line)
        if let kept = table.value(of: line, hash: hash) { return kept }
        guard let value = read(range, bytes) else { return nil }
        table.keep(value, for: line, hash: hash)
        return value
    }

    /// The lines kept, their values, and where each is by its hash.
    private struct Table {
        var lines: [[UInt8]] = []
        var values: [Value] = []
        var indexByHash: [UInt64: Int] = [:]

        /// The value kept for exactly these bytes.
        func value(of line: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
            guard let index = indexByHash[hash] else { return nil }
            return lines[index].withUnsafeBufferPointer { $0.hasSameBytes(as: line) } ? values[index] : nil
        }

        /// Keeps `value` for the line when there is room and no other line has its hash.
        mutating func keep(_ value: Value, for line: UnsafeBufferPointer<UInt8>, hash: UInt64) {
            guard values.count < RecurringLines.limit, indexByHash[hash] == nil else { return }
            indexByHash[hash] = values.count
            lines.append(Array(line))
            values.append(value)
        }
    }
}
