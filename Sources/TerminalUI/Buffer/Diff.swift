/// One cell that differs between two frames.
public struct CellChange: Sendable, Equatable {
    /// Column of the cell.
    public var x: Int
    /// Row of the cell.
    public var y: Int
    /// The cell's new content. A continuation cell is covered by the wide character to its
    /// left; backends draw nothing for it.
    public var cell: Cell

    /// Creates a change.
    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}

/// The cells of `current` that differ from `previous`, row by row, left to right.
///
/// With no previous frame, or one of another size, every cell is a change.
public func diff(from previous: Buffer?, to current: Buffer) -> [CellChange] {
    var changes: [CellChange] = []
    diff(from: previous, to: current, into: &changes)
    return changes
}

/// The same, written into `changes` (emptied first) so a caller drawing frame after frame
/// reuses one array instead of growing a new one for every frame.
public func diff(from previous: Buffer?, to current: Buffer, into changes: inout [CellChange]) {
    changes.removeAll(keepingCapacity: true)
    let width = current.size.width
    guard let previous, previous.size == current.size else {
        changes.reserveCapacity(current.cells.count)
        for (index, cell) in current.cells.enumerated() {
            changes.append(CellChange(x: index % width, y: index / width, cell: cell))
        }
        return
    }
    previous.cells.withUnsafeBufferPointer { old in
        current.cells.withUnsafeBufferPointer { new in
            // Frames sharing storage (nothing redrawn) are identical without looking at a cell.
            if old.baseAddress == new.baseAddress { return }
            for index in 0..<new.count {
                // Cells are plain data (`CellText`): comparing one is comparing a few words.
                if old[index] == new[index] { continue }
                changes.append(CellChange(x: index % width, y: index / width, cell: new[index]))
            }
        }
    }
}

/// Gaps of at most this many unchanged cells between two changes on a row are sent as text.
public let bridgedGapLimit = 3

/// `changes` with each short gap between two changes on one row filled in with the frame's own
/// (unchanged) cells, when those are ASCII in the style of the change before them: writing
/// "a b" is cheaper than writing "a", moving the cursor one cell and writing "b" (one byte per
/// cell against three or four for the move), and a word is sent as one run of text.
public func bridgingShortGaps(_ changes: [CellChange], in frame: Buffer, into bridged: inout [CellChange]) {
    bridged.removeAll(keepingCapacity: true)
    bridged.reserveCapacity(changes.count)
    let width = frame.size.width
    frame.cells.withUnsafeBufferPointer { cells in
        var previous: CellChange?
        for change in changes {
            if let last = previous, last.y == change.y, !last.cell.isContinuation {
                let gapStart = last.x + 1
                let gap = change.x - gapStart
                if gap >= 1, gap <= bridgedGapLimit {
                    let row = change.y * width
                    var bridgeable = true
                    for x in gapStart..<change.x {
                        let cell = cells[row + x]
                        if !cell.text.isASCII || cell.isContinuation || cell.style != last.cell.style { bridgeable = false; break }
                    }
                    if bridgeable {
                        for x in gapStart..<change.x { bridged.append(CellChange(x: x, y: change.y, cell: cells[row + x])) }
                    }
                }
            }
            bridged.append(change)
            previous = change
        }
    }
}
