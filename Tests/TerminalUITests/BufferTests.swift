import Testing
@testable import TerminalUI

@Suite struct BufferTests {
    @Test func plainTextIsWrittenAndCounted() {
        var buffer = Buffer(width: 10, height: 2)
        let written = buffer.put("hello", x: 2, y: 1, style: .plain)
        #expect(written == 5)
        #expect(buffer.lines() == ["", "  hello"])
        #expect(buffer[x: 2, y: 1].character == "h")
    }

    @Test func textIsClippedAtTheRightEdgeAndAtMaxWidth() {
        var buffer = Buffer(width: 6, height: 2)
        #expect(buffer.put("abcdefgh", x: 2, y: 0, style: .plain) == 4)
        #expect(buffer.put("abcdefgh", x: 0, y: 1, maxWidth: 3, style: .plain) == 3)
        #expect(buffer.lines() == ["  abcd", "abc"])
    }

    @Test func wideCharactersTakeTwoCellsAndAppearOnceInLines() {
        var buffer = Buffer(width: 8, height: 1)
        #expect(buffer.put("日本x", x: 0, y: 0, style: .plain) == 5)
        #expect(buffer[x: 0, y: 0].character == "日")
        #expect(buffer[x: 1, y: 0].isContinuation)
        #expect(buffer[x: 2, y: 0].character == "本")
        #expect(buffer[x: 4, y: 0].character == "x")
        #expect(buffer.lines() == ["日本x"])
    }

    @Test func wideCharacterStraddlingTheClipEdgeBecomesASpace() {
        var buffer = Buffer(width: 10, height: 2)
        buffer.put("..........", x: 0, y: 0, style: .plain)
        #expect(buffer.put("ab日本", x: 0, y: 0, maxWidth: 5, style: .plain) == 5)
        #expect(buffer.lines()[0] == "ab日 .....")
        #expect(!buffer[x: 4, y: 0].isContinuation)
        var edge = Buffer(width: 3, height: 1)
        #expect(edge.put("a🎉", x: 0, y: 0, style: .plain) == 3)
        edge = Buffer(width: 2, height: 1)
        #expect(edge.put("a🎉", x: 0, y: 0, style: .plain) == 2)
        #expect(edge.lines() == ["a"])
        #expect(edge.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func emojiAndCombiningMarksStayOneCluster() {
        var buffer = Buffer(width: 10, height: 1)
        // "e" + COMBINING ACUTE ACCENT is one cluster in one cell.
        #expect(buffer.put("e\u{301}👍🏽z", x: 0, y: 0, style: .plain) == 4)
        #expect(buffer[x: 0, y: 0].character == "e\u{301}")
        #expect(buffer[x: 1, y: 0].character == "👍🏽")
        #expect(buffer[x: 2, y: 0].isContinuation)
        #expect(buffer[x: 3, y: 0].character == "z")
    }

    @Test func overwritingHalfOfAWideCharacterLeavesNoOrphan() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.put("日本語", x: 0, y: 0, style: .plain)
        // Right half of 日 and left half of 本 overwritten by one narrow character each side.
        buffer.put("x", x: 1, y: 0, style: .plain)
        #expect(buffer.lines() == [" x本語"])
        buffer.put("y", x: 2, y: 0, style: .plain)
        #expect(buffer.lines() == [" xy 語"])
        #expect(!buffer[x: 3, y: 0].isContinuation)
        // A wide character written one column into another wide character.
        buffer.put("中", x: 3, y: 0, style: .plain)
        #expect(buffer.lines() == [" xy中"])
        #expect(buffer[x: 4, y: 0].isContinuation)
        #expect(!buffer[x: 5, y: 0].isContinuation)
    }

    @Test func fillAndClearBreakWideCharactersCleanly() {
        var buffer = Buffer(width: 6, height: 2)
        buffer.put("日本語", x: 0, y: 0, style: .plain)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), style: Style(role: .selection))
        #expect(buffer.lines()[0] == "    語")
        #expect(buffer[x: 1, y: 0].style.role == .selection)
        #expect(buffer.cells.filter(\.isContinuation).count == 1)
        buffer.clear()
        #expect(buffer == Buffer(width: 6, height: 2))
    }

    @Test func offScreenWritesAreIgnoredWithoutCrashing() {
        var buffer = Buffer(width: 4, height: 2)
        #expect(buffer.put("abc", x: 0, y: -1, style: .plain) == 0)
        #expect(buffer.put("abc", x: 0, y: 2, style: .plain) == 0)
        #expect(buffer.put("abc", x: 4, y: 0, style: .plain) == 0)
        #expect(buffer.put("abc", x: 99, y: 0, style: .plain) == 0)
        #expect(buffer.put("abc", x: 0, y: 0, maxWidth: -3, style: .plain) == 0)
        #expect(buffer.lines() == ["", ""])
        // Text starting left of the buffer shows its visible part; a cut wide character becomes a space.
        buffer.put("abcdef", x: -2, y: 0, style: .plain)
        buffer.put("日本", x: -1, y: 1, style: .plain)
        #expect(buffer.lines() == ["cdef", " 本"])
        buffer.fill(Rect(x: -5, y: -5, width: 100, height: 100), style: .plain)
        buffer.setStyle(Rect(x: 3, y: 1, width: 50, height: 9), style: .plain)
        #expect(buffer[x: -1, y: 0] == .blank)
        #expect(buffer[x: 4, y: 9] == .blank)
        var empty = Buffer(width: 0, height: 0)
        #expect(empty.put("x", x: 0, y: 0, style: .plain) == 0)
        #expect(empty.lines() == [])
    }

    @Test func textIsSanitisedBeforeItReachesCells() {
        var buffer = Buffer(width: 20, height: 1)
        buffer.put("\u{1B}[31mred\u{1B}[0m\tok", x: 0, y: 0, style: .plain)
        #expect(buffer.lines() == ["red ok"])
    }

    @Test func stylesAreStoredPerCell() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.put("ab", x: 0, y: 0, style: Style(role: .statusCrit, attributes: .bold))
        buffer.setStyle(Rect(x: 1, y: 0, width: 4, height: 1), style: Style(role: .selection))
        #expect(buffer[x: 0, y: 0].style == Style(role: .statusCrit, attributes: .bold))
        #expect(buffer[x: 1, y: 0].style.role == .selection)
        #expect(buffer[x: 1, y: 0].character == "b")
    }

    @Test func fromLinesRoundTrips() {
        let buffer = Buffer.fromLines(["ab", "日本", ""])
        #expect(buffer.size == Size(width: 4, height: 3))
        #expect(buffer.lines() == ["ab", "日本", ""])
    }
}
