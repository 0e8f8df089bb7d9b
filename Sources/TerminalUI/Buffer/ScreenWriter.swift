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
    /// The bytes that switch the terminal to a style's look, starting with a reset.
    private let look: (Style) -> [UInt8]
    private var looks: [Style: [UInt8]] = [:]
    /// Where the next character would be drawn; nil when unknown (after the last column).
    private var cursor: (x: Int, y: Int)? = (0, 0)
    private var currentStyle: Style?

    /// Creates a writer; `look` gives the bytes of a style's look (it is asked once per style).
    public init(sequences: TerminalSequences, look: @escaping (Style) -> [UInt8]) {
        self.sequences = sequences
        self.look = look
    }

    /// Forgets the looks, after the palette changed.
    public mutating func forgetLooks() {
        looks.removeAll(keepingCapacity: true)
        currentStyle = nil
    }

    /// Appends the bytes that draw `changes` on a screen of `size` to `output`.
    public mutating func write(_ changes: [CellChange], size: Size, into output: inout [UInt8]) {
        guard !changes.isEmpty else { return }
        output.reserveCapacity(output.count + changes.count * 2 + 64)
        let lastX = size.width - 1
        let lastY = size.height - 1
        // The cursor as plain integers (-1: unknown) and a flag for the look: this loop runs for
        // every changed cell of a frame.
        var cursorX = cursor?.x ?? -1
        var cursorY = cursor?.y ?? -1
        var hasStyle = currentStyle != nil
        var style = currentStyle ?? .plain
        changes.withUnsafeBufferPointer { changes in
            for change in changes {
                let cell = change.cell
                if cell.isContinuation { continue }
                let x = change.x
                let y = change.y
                guard x >= 0, y >= 0, x <= lastX, y <= lastY else { continue }
                if x == lastX, y == lastY, !sequences.canWriteLastCell { continue }
                if x != cursorX || y != cursorY {
                    if hasStyle, !sequences.canMoveWithAttributes {
                        output.append(contentsOf: sequences.reset)
                        hasStyle = false
                    }
                    moveCursor(row: y, column: x, into: &output)
                }
                if !hasStyle || style != cell.style {
                    appendLook(cell.style, to: &output)
                    style = cell.style
                    hasStyle = true
                }
                let columns: Int
                if cell.text.isASCII {
                    let byte = UInt8(truncatingIfNeeded: cell.text.head)
                    // Controls never reach a cell (text is sanitised); one that did is shown, not obeyed.
                    output.append(byte >= 0x20 && byte != 0x7F ? byte : 0x3F)
                    columns = 1
                } else {
                    columns = appendText(cell.text, to: &output)
                }
                // A character in the last column leaves the terminal about to wrap: the next
                // position is not "one to the right", so the next cell moves the cursor itself.
                let next = x + columns
                if next <= lastX, columns > 0 {
                    cursorX = next
                    cursorY = y
                } else {
                    cursorX = -1
                }
            }
        }
        output.append(contentsOf: sequences.reset)
        currentStyle = nil
        if cursorX != 0 || cursorY != 0 {
            moveCursor(row: 0, column: 0, into: &output)
        }
        cursor = (0, 0)
    }

    private mutating func appendLook(_ style: Style, to output: inout [UInt8]) {
        if let bytes = looks[style] {
            output.append(contentsOf: bytes)
        } else {
            let bytes = look(style)
            looks[style] = bytes
            output.append(contentsOf: bytes)
        }
    }

    /// Appends a cell's text (not ASCII: that is the loop's own fast path) and returns the columns it advances the cursor by.
    private func appendText(_ text: CellText, to output: inout [UInt8]) -> Int {
        guard sequences.isUTF8 else {
            // One `?` per column, so a wide character's second column is covered too.
            let columns = max(1, DisplayWidth.columns(of: text))
            for _ in 0..<columns { output.append(0x3F) }
            return columns
        }
        text.forEachScalar { value in
            if value < 0x20 || (0x7F...0x9F).contains(value) {
                output.append(0x3F)
            } else {
                Self.appendUTF8(value, to: &output)
            }
        }
        return DisplayWidth.columns(of: text)
    }

    private static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case ..<0x80:
            output.append(UInt8(value))
        case ..<0x800:
            output.append(UInt8(0xC0 | value >> 6))
            output.append(UInt8(0x80 | value & 0x3F))
        case ..<0x1_0000:
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        default:
            output.append(UInt8(0xF0 | value >> 18))
            output.append(UInt8(0x80 | value >> 12 & 0x3F))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        }
    }

    private func moveCursor(row: Int, column: Int, into output: inout [UInt8]) {
        switch sequences.cursorAddress {
        case .ansi:
            output.append(0x1B)
            output.append(0x5B)
            if row > 0 { Self.appendDecimal(row + 1, to: &output) }
            if column > 0 {
                output.append(0x3B)
                Self.appendDecimal(column + 1, to: &output)
            }
            output.append(0x48)
        case .formatted(let format):
            output.append(contentsOf: format(row, column))
        }
    }

    private static func appendDecimal(_ value: Int, to output: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &output) }
        output.append(UInt8(0x30 + value % 10))
    }
}
