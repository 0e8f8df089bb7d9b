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

    private var lines: [[UInt8]] = []
    private var values: [Value] = []
    private var indexByHash: [UInt64: Int] = [:]

    /// The value of the mapping at `range` of `bytes`: the one kept for the same bytes, or what
    /// `read` makes of it (kept when it is not nil and there is room).
    func value(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, read: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
        let line = UnsafeBufferPointer(rebasing: bytes[range])
        let hash = TextStore.hash(line)
        if let index = indexByHash[hash] {
            let same = lines[index].withUnsafeBufferPointer { kept in
                kept.count == line.count && (line.isEmpty || memcmp(kept.baseAddress!, line.baseAddress!, line.count) == 0)
            }
            if same { return values[index] }
        }
        guard let value = read(range, bytes) else { return nil }
        if values.count < Self.limit, indexByHash[hash] == nil {
            indexByHash[hash] = values.count
            lines.append(Array(line))
            values.append(value)
        }
        return value
    }
}
