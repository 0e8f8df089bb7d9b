/// A backend that keeps the screen in a buffer and counts what it was sent; for tests.
public final class MemoryBackend: TerminalBackend {
    /// What the screen shows.
    public private(set) var buffer: Buffer
    /// Total number of cell changes applied.
    public private(set) var appliedChangeCount = 0
    /// Number of calls to `apply`.
    public private(set) var applyCount = 0
    /// Number of calls to `flush`.
    public private(set) var flushCount = 0

    /// Creates a blank screen of `size`.
    public init(size: Size) {
        buffer = Buffer(size: size)
    }

    /// The screen size.
    public var size: Size { buffer.size }

    /// Stores the changed cells.
    public func apply(_ changes: [CellChange]) {
        applyCount += 1
        appliedChangeCount += changes.count
        for change in changes { buffer.setRawCell(change.cell, x: change.x, y: change.y) }
    }

    /// Counts the flush.
    public func flush() {
        flushCount += 1
    }

    /// Simulates a terminal resize: the screen becomes blank at the new size.
    public func resize(to newSize: Size) {
        buffer = Buffer(size: newSize)
    }
}
