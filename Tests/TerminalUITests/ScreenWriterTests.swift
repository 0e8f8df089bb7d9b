import Testing
import TerminalTestSupport
@testable import TerminalUI

/// A terminal emulator of the little `ScreenWriter` sends: cursor addressing, look changes,
/// UTF-8 text with deferred wrap at the right margin. What it shows after a frame must be the
/// frame, whatever came before.
private struct VirtualTerminal {
    var text: [[String]]
    var looks: [[[Int]]]
    var x = 0
    var y = 0
    /// Attributes, foreground and background numbers; all 0 after a reset.
    var look = [0, 0, 0]
    var pendingWrap = false
    /// The cell written last, which a following combining scalar joins (as terminals do).
    var lastWritten: (x: Int, y: Int)?
    let width: Int
    let height: Int
    /// Set when the writer sent something this emulator does not know.
    var unknown: [String] = []

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        text = Array(repeating: Array(repeating: " ", count: width), count: height)
        looks = Array(repeating: Array(repeating: [0, 0, 0], count: width), count: height)
    }

    mutating func feed(_ bytes: [UInt8]) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") else {
                    unknown.append("ESC without [")
                    index += 1
                    continue
                }
                var end = index + 2
                while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
                let parameters = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
                let final = end < bytes.count ? bytes[end] : 0
                let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
                switch final {
                case UInt8(ascii: "H"):
                    y = max(1, numbers.first ?? 1) - 1
                    x = max(1, numbers.count > 1 ? numbers[1] : 1) - 1
                    pendingWrap = false
                    lastWritten = nil
                case UInt8(ascii: "C"):
                    if pendingWrap { unknown.append("forward while about to wrap") }
                    x = min(width - 1, x + max(1, numbers.first ?? 1))
                    lastWritten = nil
                case UInt8(ascii: "m"):
                    // 0: reset; 1000 + n: attributes n; 2000 + n: foreground n; 3000 + n: background n.
                    let number = numbers.first ?? 0
                    switch number {
                    case 0: look = [0, 0, 0]
                    case 1000..<2000: look[0] = number - 1000
                    case 2000..<3000: look[1] = number - 2000
                    case 3000..<4000: look[2] = number - 3000
                    default: unknown.append("SGR \(number)")
                    }
                default:
                    unknown.append("CSI \(parameters)\(Character(UnicodeScalar(final)))")
                }
                index = end + 1
                continue
            }
            if byte < 0x20 || byte == 0x7F {
                unknown.append("control \(byte)")
                index += 1
                continue
            }
            var length = 1
            if byte >= 0xF0 { length = 4 } else if byte >= 0xE0 { length = 3 } else if byte >= 0xC0 { length = 2 }
            let character = String(decoding: bytes[index..<min(bytes.count, index + length)], as: UTF8.self)
            index += length
            put(character)
        }
    }

    private mutating func put(_ character: String) {
        if let last = lastWritten, (text[last.y][last.x] + character).count == 1 {
            text[last.y][last.x] += character
            return
        }
        let columns = DisplayWidth.of(character)
        if pendingWrap || x + columns > width {
            x = 0
            y += 1
            pendingWrap = false
            if y >= height { unknown.append("scrolled"); y = height - 1 }
        }
        text[y][x] = character
        looks[y][x] = look
        lastWritten = (x, y)
        if columns == 2, x + 1 < width {
            text[y][x + 1] = ""
            looks[y][x + 1] = look
        }
        if x + columns >= width {
            x = width - 1
            pendingWrap = true
        } else {
            x += columns
        }
    }
}

/// Looks the emulator can read back: attributes, foreground and background as numbers; the
/// plain role keeps the default colours, so some changes need a reset and some only a colour.
private final class LookNumbers {
    var asked = 0

    static func numbers(_ style: Style) -> [Int] {
        let roles = Role.allCases
        let foreground = style.role == .text ? 0 : (roles.firstIndex(of: style.role)! + 1)
        let background = style.background.map { roles.firstIndex(of: $0)! + 1 } ?? 0
        return [Int(style.attributes.rawValue), foreground, background]
    }

    func look(_ style: Style) -> TerminalLook {
        asked += 1
        let numbers = Self.numbers(style)
        let code = { (number: Int) in Array("\u{1b}[\(number)m".utf8) }
        return TerminalLook(
            attributes: style.attributes, attributeBytes: numbers[0] == 0 ? [] : code(1000 + numbers[0]),
            foreground: numbers[1] == 0 ? [] : code(2000 + numbers[1]), background: numbers[2] == 0 ? [] : code(3000 + numbers[2])
        )
    }
}

/// A look with no attributes or colours.
private func plainLook(_ style: Style) -> TerminalLook {
    TerminalLook(attributes: [], attributeBytes: [], foreground: [], background: [])
}

@Suite struct ScreenWriterTests {
    private static let styles: [Style] = [
        .plain, Style(role: .statusCrit), Style(role: .statusOK, attributes: [.bold]),
        Style(role: .statusCrit, background: .selection), Style(role: .textDim, attributes: [.underline]),
    ]
    private static let words = ["prod-de", "✖ crit", "✓ ok", "日本", "─────", "▁▂▃▅▇", "x", "e\u{301}", "…", " ", "👍🏽"]

    private static func randomFrame(width: Int, height: Int, using generator: inout SeededGenerator) -> Buffer {
        var frame = Buffer(width: width, height: height)
        for _ in 0..<(width * height / 6) {
            let word = words[Int(generator.next() % UInt64(words.count))]
            let style = styles[Int(generator.next() % UInt64(styles.count))]
            frame.put(word, x: Int(generator.next() % UInt64(width)), y: Int(generator.next() % UInt64(height)), style: style)
        }
        return frame
    }

    /// What the emulator should show for a frame: each cell's text ("" behind a wide character) and look numbers.
    private static func expected(_ frame: Buffer) -> (text: [[String]], looks: [[[Int]]]) {
        var text: [[String]] = []
        var numbers: [[[Int]]] = []
        for y in 0..<frame.size.height {
            text.append((0..<frame.size.width).map { x in
                let cell = frame[x: x, y: y]
                return cell.isContinuation ? "" : String(cell.character)
            })
            numbers.append((0..<frame.size.width).map { x in LookNumbers.numbers(frame[x: x, y: y].style) })
        }
        return (text, numbers)
    }

    @Test func everyFrameOfARandomSequenceIsShownExactly() {
        var generator = SeededGenerator(state: 2026)
        let width = 23
        let height = 7
        let looks = LookNumbers()
        var writer = ScreenWriter(sequences: .ansi, look: looks.look)
        var terminal = VirtualTerminal(width: width, height: height)
        var previous: Buffer?
        for frameNumber in 0..<200 {
            var frame = Self.randomFrame(width: width, height: height, using: &generator)
            var output: [UInt8] = []
            // Some frames change a single cell, as a live value does.
            if frameNumber % 3 == 2, let last = previous {
                frame = last
                frame.put("7", x: Int(generator.next() % UInt64(width)), y: Int(generator.next() % UInt64(height)), style: Self.styles[1])
            }
            var changes: [CellChange] = []
            // Odd frames bridge short gaps, as the console's renderer does.
            diff(from: previous, to: frame, into: &changes, bridgingGaps: frameNumber % 2 == 1)
            writer.write(changes, size: frame.size, into: &output)
            terminal.feed(output)
            let shown = Self.expected(frame)
            #expect(terminal.unknown.isEmpty, "frame \(frameNumber): \(terminal.unknown)")
            #expect(terminal.text == shown.text, "frame \(frameNumber)")
            #expect(terminal.looks == shown.looks, "frame \(frameNumber)")
            #expect(terminal.x == 0 && terminal.y == 0 && terminal.look == [0, 0, 0], "a frame ends reset and home")
            previous = frame
        }
        // Looks are formatted once per style, not once per use.
        #expect(looks.asked <= Self.styles.count)
    }

    @Test func anUnchangedFrameWritesNothing() {
        var writer = ScreenWriter(sequences: .ansi, look: LookNumbers().look)
        var output: [UInt8] = []
        writer.write([], size: Size(width: 10, height: 2), into: &output)
        #expect(output.isEmpty)
    }

    @Test func oneChangedValueIsAMoveALookTheTextAndTheReset() {
        var writer = ScreenWriter(sequences: .ansi, look: LookNumbers().look)
        let changes = [CellChange(x: 40, y: 11, cell: Cell("9", style: Style(role: .statusCrit))), CellChange(x: 41, y: 11, cell: Cell("5", style: Style(role: .statusCrit)))]
        var output: [UInt8] = []
        writer.write(changes, size: Size(width: 120, height: 40), into: &output)
        #expect(String(decoding: output, as: UTF8.self) == "\u{1b}[12;41H\u{1b}[m\u{1b}[2015m95\u{1b}[m\u{1b}[H")
    }

    @Test func aChangeOfColourAloneSendsOnlyTheColour() {
        var writer = ScreenWriter(sequences: .ansi, look: LookNumbers().look)
        let selected = Style(role: .text, background: .selection)
        let critSelected = Style(role: .statusCrit, background: .selection)
        let changes = [CellChange(x: 0, y: 0, cell: Cell("a", style: selected)), CellChange(x: 1, y: 0, cell: Cell("b", style: critSelected)),
                       CellChange(x: 2, y: 0, cell: Cell("c", style: selected)), CellChange(x: 4, y: 0, cell: Cell("d", style: .plain))]
        var output: [UInt8] = []
        writer.write(changes, size: Size(width: 10, height: 1), into: &output)
        // Into crit: the foreground only. Back to the default text colour, and off the selection: a reset.
        #expect(String(decoding: output, as: UTF8.self) == "\u{1b}[m\u{1b}[3011ma\u{1b}[2015mb\u{1b}[m\u{1b}[3011mc\u{1b}[C\u{1b}[md\u{1b}[m\u{1b}[H")
    }

    @Test func controlsInACellAreShownAsQuestionMarks() {
        var writer = ScreenWriter(sequences: .ansi, look: plainLook)
        let changes = [CellChange(x: 0, y: 0, cell: Cell(text: CellText(ascii: 0x1B))), CellChange(x: 1, y: 0, cell: Cell(text: CellText(scalar: "\u{9B}")))]
        var output: [UInt8] = []
        writer.write(changes, size: Size(width: 4, height: 1), into: &output)
        #expect(String(decoding: output, as: UTF8.self) == "\u{1b}[m??\u{1b}[m\u{1b}[H")
    }

    @Test func withoutUTF8EachColumnIsAQuestionMark() {
        var sequences = TerminalSequences.ansi
        sequences.isUTF8 = false
        var writer = ScreenWriter(sequences: sequences, look: plainLook)
        var frame = Buffer(width: 6, height: 1)
        frame.put("a日✓", x: 0, y: 0, style: .plain)
        var output: [UInt8] = []
        writer.write(diff(from: Buffer(width: 6, height: 1), to: frame), size: frame.size, into: &output)
        #expect(String(decoding: output, as: UTF8.self) == "\u{1b}[ma???\u{1b}[m\u{1b}[H")
    }

    @Test func theBottomRightCellIsLeftAloneWhereWritingItWouldScroll() {
        var sequences = TerminalSequences.ansi
        sequences.canWriteLastCell = false
        var writer = ScreenWriter(sequences: sequences, look: plainLook)
        let changes = [CellChange(x: 2, y: 1, cell: Cell("z")), CellChange(x: 3, y: 1, cell: Cell("!"))]
        var output: [UInt8] = []
        writer.write(changes, size: Size(width: 4, height: 2), into: &output)
        #expect(String(decoding: output, as: UTF8.self) == "\u{1b}[2;3H\u{1b}[mz\u{1b}[m\u{1b}[H")
    }

    @Test func aTerminalThatCannotMoveInALookIsResetBeforeEachMove() {
        var sequences = TerminalSequences.ansi
        sequences.canMoveWithAttributes = false
        var writer = ScreenWriter(sequences: sequences, look: { _ in TerminalLook(attributes: [.reverse], attributeBytes: Array("\u{1b}[7m".utf8), foreground: [], background: []) })
        let changes = [CellChange(x: 0, y: 0, cell: Cell("a")), CellChange(x: 5, y: 0, cell: Cell("b"))]
        var output: [UInt8] = []
        writer.write(changes, size: Size(width: 10, height: 1), into: &output)
        // After the reset that precedes the move, the look's own strings are enough.
        #expect(String(decoding: output, as: UTF8.self) == "\u{1b}[m\u{1b}[7ma\u{1b}[m\u{1b}[4C\u{1b}[7mb\u{1b}[m\u{1b}[H")
    }

    @Test func afterAWideOrJoinedClusterTheNextCellIsPlacedAbsolutely() {
        // Terminals count emoji and joined clusters differently; a relative step after one
        // would put the rest of the row in the wrong columns.
        var writer = ScreenWriter(sequences: .ansi, look: plainLook)
        var frame = Buffer(width: 10, height: 1)
        frame.put("日x👍🏽y─z", x: 0, y: 0, style: .plain)
        var output: [UInt8] = []
        writer.write(diff(from: Buffer(width: 10, height: 1), to: frame), size: frame.size, into: &output)
        #expect(String(decoding: output, as: UTF8.self) == "\u{1b}[m日\u{1b}[;3Hx👍🏽\u{1b}[;6Hy─z\u{1b}[m\u{1b}[H")
    }

    @Test func aTerminalWithItsOwnCursorAddressIsAskedForEachMove() {
        var sequences = TerminalSequences.ansi
        sequences.cursorAddress = .formatted { row, column in Array("<\(row),\(column)>".utf8) }
        var writer = ScreenWriter(sequences: sequences, look: plainLook)
        let changes = [CellChange(x: 3, y: 2, cell: Cell("a")), CellChange(x: 4, y: 2, cell: Cell("b")), CellChange(x: 7, y: 2, cell: Cell("c"))]
        var output: [UInt8] = []
        writer.write(changes, size: Size(width: 10, height: 4), into: &output)
        #expect(String(decoding: output, as: UTF8.self) == "<2,3>\u{1b}[mab<2,7>c\u{1b}[m<0,0>")
    }

    @Test func forgettingLooksAsksForThemAgain() {
        let looks = LookNumbers()
        var writer = ScreenWriter(sequences: .ansi, look: looks.look)
        var output: [UInt8] = []
        writer.write([CellChange(x: 0, y: 0, cell: Cell("a"))], size: Size(width: 2, height: 1), into: &output)
        writer.write([CellChange(x: 1, y: 0, cell: Cell("b"))], size: Size(width: 2, height: 1), into: &output)
        #expect(looks.asked == 1)
        writer.forgetLooks()
        writer.write([CellChange(x: 0, y: 0, cell: Cell("c"))], size: Size(width: 2, height: 1), into: &output)
        #expect(looks.asked == 2)
    }
}
