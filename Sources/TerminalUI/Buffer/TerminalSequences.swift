/// The control strings of one terminal that `ScreenWriter` uses, read from terminfo by the backend.
///
/// Only what a full-screen frame needs: absolute cursor moves and one reset-then-set string per
/// look. Scrolling regions, insert/delete and clear-to-end are left out on purpose: a frame is
/// sent as the cells that changed, so every terminal that can address the cursor draws it the same.
public struct TerminalSequences {
    /// How the cursor is moved to a row and column (both 0-based).
    public enum CursorAddress {
        /// `ESC [ row+1 ; column+1 H`, formatted without terminfo's interpreter.
        case ansi
        /// Any other terminal: the formatted `cup` string for a row and column.
        case formatted((_ row: Int, _ column: Int) -> [UInt8])
    }

    /// How the cursor is moved.
    public var cursorAddress: CursorAddress
    /// Turns every attribute and colour off (terminfo `sgr0`, plus `op` where `sgr0` keeps colours).
    public var reset: [UInt8]
    /// The same without selecting the ASCII character set (xterm's `sgr0` starts with `ESC ( B`):
    /// the full reset ends every frame, so within one the character set is known to be ASCII.
    public var resetWithinFrame: [UInt8] {
        let selectASCII: [UInt8] = [0x1B, 0x28, 0x42]
        return reset.starts(with: selectASCII) && reset.count > 3 ? Array(reset.dropFirst(3)) : reset
    }
    /// False when moving the cursor with attributes on is unsafe (terminfo `msgr` missing).
    public var canMoveWithAttributes: Bool
    /// False when writing the bottom-right cell scrolls the screen (`am` without `xenl`).
    public var canWriteLastCell: Bool
    /// True when text is sent as UTF-8; otherwise every non-ASCII scalar is sent as `?`.
    public var isUTF8: Bool

    /// Creates the sequences of a terminal.
    public init(cursorAddress: CursorAddress, reset: [UInt8], canMoveWithAttributes: Bool, canWriteLastCell: Bool, isUTF8: Bool) {
        self.cursorAddress = cursorAddress
        self.reset = reset
        self.canMoveWithAttributes = canMoveWithAttributes
        self.canWriteLastCell = canWriteLastCell
        self.isUTF8 = isUTF8
    }

    /// An ANSI (xterm, tmux, VT100-family) terminal in UTF-8: what tests write for.
    public static var ansi: TerminalSequences {
        TerminalSequences(cursorAddress: .ansi, reset: Array("\u{1b}[m".utf8), canMoveWithAttributes: true, canWriteLastCell: true, isUTF8: true)
    }
}
