/// A growable run of bytes written through a pointer: a full frame is thousands of single-byte
/// appends, and `Array.append` checks uniqueness and capacity on each one.
///
/// Callers make room with `reserve` before a burst of `appendUnchecked`.
final class ByteSink {
    private(set) var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 16 << 10) {
        self.capacity = capacity
        start = .allocate(capacity: capacity)
    }

    deinit { start.deallocate() }

    /// Makes room for at least `extra` more bytes.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.update(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    /// Appends one byte; room must have been reserved.
    @inline(__always)
    func appendUnchecked(_ byte: UInt8) {
        start[count] = byte
        count += 1
    }

    /// Appends bytes, making room for them.
    func append(_ bytes: [UInt8]) {
        reserve(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            (start + count).update(from: base, count: buffer.count)
        }
        count += bytes.count
    }

    /// The bytes written so far.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// Forgets the bytes, keeping the room.
    func removeAll() { count = 0 }
}
