/// Turns the cells that changed between two frames into the bytes a terminal needs to show them.
///
/// This replaces curses' own screen update for drawing (the backend still uses curses to set the
/// terminal up, read keys and restore it): the renderer already knows which cells changed, and
/// curses comparing the whole screen again and formatting every colour change through terminfo's
/// interpreter was over half the work of a key press (docs/performance.md).
///
/// The writer tracks where the cursor is and which look is on, so a run of neighbouring cells in
/// one look is a cursor move, one look string and the text. Each frame ends with the attributes
/// reset and the cursor home, so whatever writes to the terminal next (curses clearing the
/// screen after a resize, or restoring it on exit) starts from a state it knows.
public struct ScreenWriter {
    private let sequences: TerminalSequences
    /// How the terminal draws a style (asked once per style).
    private let look: (Style) -> TerminalLook
    /// Each style's look, by the index `lookIndex` gives it.
    private var lookIndex: [Style: Int] = [:]
    private var knownLooks: [TerminalLook] = []
    /// The bytes from one look to another, by look indices: worked out once per pair.
    private var transitions: [Int: [UInt8]] = [:]
    /// A look index meaning "not known": at the start of a frame a reset is sent first.
    private static let unknownLook = -1
    /// A look index meaning "just reset": the look's own strings are enough.
    private static let resetLook = -2
    /// The bytes not yet written to the terminal (shared by copies: one writer per terminal).
    private let sink = ByteSink()

    /// Creates a writer; `look` tells how a style is drawn (it is asked once per style).
    public init(sequences: TerminalSequences, look: @escaping (Style) -> TerminalLook) {
        self.sequences = sequences
        self.look = look
    }

    /// Forgets the looks, after the palette changed.
    public mutating func forgetLooks() {
        lookIndex.removeAll(keepingCapacity: true)
        knownLooks.removeAll(keepingCapacity: true)
        transitions.removeAll(keepingCapacity: true)
    }

    /// Adds the bytes that draw `changes` on a screen of `size` to the pending output.
    public mutating func write(_ changes: [CellChange], size: Size) {
        guard !changes.isEmpty else { return }
        let lastX = size.width - 1
        let lastY = size.height - 1
        let sink = self.sink
        // Room for the longest cursor move is made once per move; text reserves per scalar.
        let moveRoom = 24
        // Every frame starts with the cursor home (where the last frame, or curses' clear, left
        // it) and the look unknown. The cursor is kept as plain integers (-1: unknown): this loop
        // runs for every changed cell of a frame.
        var cursorX = 0
        var cursorY = 0
        var hasStyle = false
        var style = Style.plain
        var currentLook = Self.unknownLook
        changes.withUnsafeBufferPointer { changes in
            for change in changes {
                let cell = change.cell
                if cell.isContinuation { continue }
                let x = change.x
                let y = change.y
                guard x >= 0, y >= 0, x <= lastX, y <= lastY else { continue }
                let isASCII = cell.text.isASCII
                // Where writing the last cell scrolls the screen, a character reaching it is left out.
                if y == lastY, !sequences.canWriteLastCell, x + (isASCII ? 1 : DisplayWidth.columns(of: cell.text)) - 1 >= lastX { continue }
                if x != cursorX || y != cursorY {
                    if hasStyle, !sequences.canMoveWithAttributes {
                        sink.append(sequences.resetWithinFrame)
                        hasStyle = false
                        currentLook = Self.resetLook
                    }
                    moveCursor(row: y, column: x, from: cursorY == y ? cursorX : -1, room: moveRoom)
                }
                if !hasStyle || style != cell.style {
                    let next = index(of: cell.style)
                    sink.append(transition(from: currentLook, to: next))
                    currentLook = next
                    style = cell.style
                    hasStyle = true
                }
                if isASCII {
                    let byte = UInt8(truncatingIfNeeded: cell.text.head)
                    sink.reserve(1)
                    // Controls never reach a cell (text is sanitised); one that did is shown, not obeyed.
                    sink.appendUnchecked(byte >= 0x20 && byte != 0x7F ? byte : 0x3F)
                    // A character in the last column leaves the terminal about to wrap: the next
                    // position is not "one to the right", so the next cell moves the cursor itself.
                    cursorX = x < lastX ? x + 1 : -1
                    cursorY = y
                } else {
                    // Terminals disagree on the width of emoji and joined clusters, and sometimes
                    // of wide characters: after anything but one narrow scalar (or our own `?`s),
                    // the next cell is placed with an absolute move instead of trusting a count.
                    let (columns, trusted) = appendText(cell.text)
                    cursorX = trusted && x + columns <= lastX ? x + columns : -1
                    cursorY = y
                }
            }
        }
        sink.append(sequences.reset)
        if cursorX != 0 || cursorY != 0 {
            moveCursor(row: 0, column: 0, from: -1, room: moveRoom)
        }
    }

    /// Appends the bytes that draw `changes` to `output` (the pending output is taken along).
    public mutating func write(_ changes: [CellChange], size: Size, into output: inout [UInt8]) {
        write(changes, size: size)
        output.append(contentsOf: sink.bytes)
        sink.removeAll()
    }

    /// Hands the pending output to `body` (to be written to the terminal), then forgets it.
    public func takePendingOutput(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        body(sink.bytes)
        sink.removeAll()
    }

    /// The index of a style's look, asking for the look the first time.
    private mutating func index(of style: Style) -> Int {
        if let index = lookIndex[style] { return index }
        let look = look(style)
        // Styles that look the same share an index, so switching between them sends nothing.
        let index = knownLooks.firstIndex(of: look) ?? knownLooks.count
        if index == knownLooks.count { knownLooks.append(look) }
        lookIndex[style] = index
        return index
    }

    /// The bytes from look `from` (`unknownLook`, `resetLook` or an index) to look `to`: only
    /// the colour that changes where that is enough, else a reset and the whole look.
    private mutating func transition(from: Int, to: Int) -> [UInt8] {
        if from == to { return [] }
        let key = (from + 2) << 32 | to
        if let bytes = transitions[key] { return bytes }
        let target = knownLooks[to]
        let bytes: [UInt8]
        if from >= 0, let delta = target.bytes(after: knownLooks[from]) {
            bytes = delta
        } else if from == Self.resetLook {
            bytes = target.fromReset
        } else {
            bytes = sequences.resetWithinFrame + target.fromReset
        }
        transitions[key] = bytes
        return bytes
    }

    /// Appends a cell's text (not ASCII: that is the loop's own fast path); returns the columns
    /// it takes and whether the terminal surely advances by that many.
    private func appendText(_ text: CellText) -> (columns: Int, trusted: Bool) {
        guard sequences.isUTF8 else {
            // One `?` per column, so a wide character's second column is covered too.
            let columns = max(1, DisplayWidth.columns(of: text))
            sink.reserve(columns)
            for _ in 0..<columns { sink.appendUnchecked(0x3F) }
            return (columns, true)
        }
        text.forEachScalar { value in
            sink.reserve(4)
            if value < 0x20 || (0x7F...0x9F).contains(value) {
                sink.appendUnchecked(0x3F)
            } else {
                UTF8.encode(Unicode.Scalar(value) ?? "?") { sink.appendUnchecked($0) }
            }
        }
        let columns = DisplayWidth.columns(of: text)
        return (columns, columns == 1 && text.isSingleScalar)
    }


    /// Moves to `row`, `column`; `from` is the cursor's column when it is known to be on that
    /// row (-1 otherwise), for the shorter "forward n" of ANSI terminals.
    private func moveCursor(row: Int, column: Int, from: Int, room: Int) {
        switch sequences.cursorAddress {
        case .ansi where from >= 0 && column > from:
            sink.reserve(room)
            sink.appendUnchecked(0x1B)
            sink.appendUnchecked(0x5B)
            if column - from > 1 { Self.appendDecimal(column - from, to: sink) }
            sink.appendUnchecked(0x43)
        case .ansi:
            sink.reserve(room)
            sink.appendUnchecked(0x1B)
            sink.appendUnchecked(0x5B)
            if row > 0 { Self.appendDecimal(row + 1, to: sink) }
            if column > 0 {
                sink.appendUnchecked(0x3B)
                Self.appendDecimal(column + 1, to: sink)
            }
            sink.appendUnchecked(0x48)
        case .formatted(let format):
            sink.append(format(row, column))
        }
    }

    /// Decimal digits of a row or column (room for them is reserved with the move).
    private static func appendDecimal(_ value: Int, to output: ByteSink) {
        if value >= 10 { appendDecimal(value / 10, to: output) }
        output.appendUnchecked(UInt8(0x30 + value % 10))
    }
}
