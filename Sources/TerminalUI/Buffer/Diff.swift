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
///
/// With `bridgingGaps`, each gap of at most `bridgedGapLimit` unchanged cells between two
/// changes on a row is sent too, when those cells are ASCII in the style of the change before
/// them: writing "a b" is cheaper than "a", a cursor move and "b" (one byte per cell against
/// three or four for the move), and a word goes out as one run of text.
public func diff(from previous: Buffer?, to current: Buffer, into changes: inout [CellChange], bridgingGaps: Bool = false) {
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
            var lastChanged = -1
            for index in 0..<new.count {
                // Cells are plain data (`CellText`): comparing one is comparing a few words.
                if old[index] == new[index] { continue }
                let y = index / width
                let gap = index - lastChanged - 1
                if bridgingGaps, lastChanged >= 0, gap >= 1, gap <= bridgedGapLimit, lastChanged / width == y,
                   !new[lastChanged].isContinuation {
                    let style = new[lastChanged].style
                    var bridgeable = true
                    for between in (lastChanged + 1)..<index {
                        let cell = new[between]
                        if !cell.text.isASCII || cell.isContinuation || cell.style != style { bridgeable = false; break }
                    }
                    if bridgeable {
                        for between in (lastChanged + 1)..<index {
                            changes.append(CellChange(x: between % width, y: y, cell: new[between]))
                        }
                    }
                }
                changes.append(CellChange(x: index % width, y: y, cell: new[index]))
                lastChanged = index
            }
        }
    }
}

/// Gaps of at most this many unchanged cells between two changes on a row are sent as text.
public let bridgedGapLimit = 3
