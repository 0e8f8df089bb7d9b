import Testing
import TerminalTestSupport
@testable import TerminalUI

@Suite struct BufferInvariantTests {
    /// Every continuation cell follows a wide character and every wide character has one.
    func wideCharactersAreWhole(_ buffer: Buffer) -> Bool {
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width {
                let cell = buffer[x: x, y: y]
                if cell.isContinuation {
                    guard x > 0, !buffer[x: x - 1, y: y].isContinuation,
                          DisplayWidth.of(buffer[x: x - 1, y: y].character) == 2 else { return false }
                } else if DisplayWidth.of(cell.character) == 2 {
                    guard x + 1 < buffer.size.width, buffer[x: x + 1, y: y].isContinuation else { return false }
                } else if DisplayWidth.of(cell.character) != 1 {
                    return false
                }
            }
        }
        return true
    }

    @Test func randomWritesNeverBreakWideCharactersOrCrash() {
        var random = SeededGenerator(state: 42)
        let samples = ["日本", "a", "🎉x", "e\u{301}", "ＡＢＣ", "\u{1B}[31m赤\u{1B}[0m", "tab\there", "👩‍💻", "\u{200D}", "", "long text here"]
        var buffer = Buffer(width: 13, height: 4)
        for _ in 0..<5000 {
            let x = Int.random(in: -4...15, using: &random)
            let y = Int.random(in: -1...4, using: &random)
            switch Int.random(in: 0..<10, using: &random) {
            case 0:
                buffer.fill(Rect(x: x, y: y, width: Int.random(in: 0...5, using: &random), height: 2), style: .plain)
            case 1:
                buffer.setStyle(Rect(x: x, y: y, width: 3, height: 1), style: Style(role: .accent))
            default:
                let text = samples[Int.random(in: 0..<samples.count, using: &random)]
                let maxWidth: Int? = Bool.random(using: &random) ? Int.random(in: -1...6, using: &random) : nil
                let written = buffer.put(text, x: x, y: y, maxWidth: maxWidth, style: .plain)
                #expect(written >= 0)
                #expect(written <= max(0, maxWidth ?? Int.max))
            }
            if !wideCharactersAreWhole(buffer) {
                Issue.record("wide character broken: \(buffer.lines())")
                return
            }
        }
    }
}
