import Testing
@testable import TerminalUI

@Suite struct WidgetTests {
    func draw(width: Int, height: Int, _ body: (Rect, inout Buffer) -> Void) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        body(Rect(x: 0, y: 0, width: width, height: height), &buffer)
        return buffer
    }

    @Test func sparklineLevelsScaleToTheSamples() {
        #expect(Sparkline.levels(for: [0, 1, 2, 3, 4, 5, 6, 7]) == [0, 1, 2, 3, 4, 5, 6, 7])
        #expect(Sparkline.levels(for: [10, nil, 20, .nan]) == [0, nil, 7, nil])
        #expect(Sparkline.levels(for: [5, 5, 5]) == [3, 3, 3])
        #expect(Sparkline.levels(for: [0, 0]) == [0, 0])
        #expect(Sparkline.levels(for: [nil, nil]) == [nil, nil])
        #expect(Sparkline.levels(for: [50, 150], range: 0...100) == [4, 7])
    }

    @Test func sparklineDrawsNewestAtTheRightWithGaps() {
        let values: [Double?] = [9, 9, 0, 7, nil, 7]
        let unicode = draw(width: 5, height: 1) { Sparkline(values: values).render(in: $0, buffer: &$1) }
        #expect(unicode.lines() == ["█▁▆ ▆"])  // the oldest 9 scrolled out; 7 of 0…9 is level 5
        let ascii = draw(width: 8, height: 1) { Sparkline(values: [0, 7], glyphs: .ascii).render(in: $0, buffer: &$1) }
        #expect(ascii.lines() == ["      _@"])
        #expect(ascii[x: 7, y: 0].style.role == .sparkline)
    }

    @Test func boxDrawsBorderAndTitleAndReturnsTheInside() {
        var buffer = Buffer.fromLines(["xxxxxxxxxx", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxxxxxxx"])
        let inner = Box(title: "Health", glyphs: .ascii).render(in: Rect(x: 0, y: 0, width: 10, height: 4), buffer: &buffer)
        #expect(inner == Rect(x: 1, y: 1, width: 8, height: 2))
        #expect(buffer.lines() == ["+ Health +", "|        |", "|        |", "+--------+"])
        let cut = draw(width: 8, height: 3) { Box(title: "Environments").render(in: $0, buffer: &$1) }
        #expect(cut.lines() == ["┌ Env… ┐", "│      │", "└──────┘"])
    }

    @Test func overlayIsCentred() {
        let overlay = Overlay(title: "Help", width: 10, height: 3)
        var buffer = Buffer(width: 20, height: 5)
        let inner = overlay.render(in: buffer.area, buffer: &buffer)
        #expect(overlay.frame(in: buffer.area) == Rect(x: 5, y: 1, width: 10, height: 3))
        #expect(inner == Rect(x: 6, y: 2, width: 8, height: 1))
        #expect(buffer[x: 5, y: 1].style.role == .overlay)
    }

    @Test func tabsShrinkWhenNarrow() {
        let tabs = Tabs(titles: ["Environments", "Calendar", "Backups"], activeIndex: 1)
        #expect(tabs.labels(width: 80) == ["1 Environments", "2 Calendar", "3 Backups"])
        #expect(tabs.labels(width: 25) == ["1", "2 Calendar", "3"])
        #expect(tabs.labels(width: 10) == ["1", "2", "3"])
        let drawn = draw(width: 40, height: 1) { tabs.render(in: $0, buffer: &$1) }
        #expect(drawn.lines() == [" 1 Environments  2 Calendar  3 Backups"])
        #expect(drawn[x: 17, y: 0].style.role == .tabActive)
        #expect(drawn[x: 1, y: 0].style.role == .tabInactive)
    }

    @Test func statusBarRightSideWinsAndLeftIsCut() {
        let bar = StatusBar(left: [Span("prod: 3 critical, 2 warnings", role: .statusBarAccent)], right: [Span("12:34")])
        let drawn = draw(width: 20, height: 1) { bar.render(in: $0, buffer: &$1) }
        #expect(drawn.lines() == ["prod: 3 criti… 12:34"])
        #expect(drawn[x: 0, y: 0].style.role == .statusBarAccent)
        #expect(drawn[x: 19, y: 0].character == "4")
        let tiny = draw(width: 4, height: 1) { bar.render(in: $0, buffer: &$1) }
        #expect(tiny.lines() == ["12:…"])
    }

    @Test func keyHintsShowWholeHintsThatFit() {
        let hints = KeyHints([(key: "q", label: "quit"), (key: "?", label: "help"), (key: "/", label: "filter")])
        #expect(hints.fittingCount(width: 14) == 2)
        let drawn = draw(width: 16, height: 1) { hints.render(in: $0, buffer: &$1) }
        #expect(drawn.lines() == ["q quit  ? help"])
        #expect(drawn[x: 0, y: 0].style.role == .keyHintKey)
        #expect(drawn[x: 2, y: 0].style.role == .keyHint)
    }

    @Test func listViewSelectsAndScrolls() {
        let items: [StyledLine] = (0..<6).map { StyledLine("item \($0)") }
        let list = ListView(items: items, selected: 4, scrollOffset: 3, showsPointer: true, glyphs: .ascii)
        let drawn = draw(width: 10, height: 2) { list.render(in: $0, buffer: &$1) }
        #expect(drawn.lines() == ["  item 3 #", "> item 4 |"])
        #expect(drawn[x: 3, y: 1].style.role == .selection)
        #expect(drawn[x: 3, y: 0].style.role == .text)
    }

    @Test func textViewWrapsKeepsStylesAndScrolls() {
        let line = StyledLine([Span("disk "), Span("almost full", role: .statusWarn), Span(" on db-01")])
        let view = TextView(lines: [line, "", "end"], scrollOffset: 0)
        #expect(view.displayLines(width: 12).map(\.plainText) == ["disk almost", "full on", "db-01", "", "end"])
        let drawn = draw(width: 12, height: 3) { TextView(lines: [line], wraps: true).render(in: $0, buffer: &$1) }
        #expect(drawn.lines() == ["disk almost", "full on", "db-01"])
        #expect(drawn[x: 5, y: 0].style.role == .statusWarn)
        #expect(drawn[x: 0, y: 1].style.role == .statusWarn)
        #expect(drawn[x: 5, y: 1].style.role == .text)
        let scrolled = draw(width: 12, height: 2) { view.with(scrollOffset: 4).render(in: $0, buffer: &$1) }
        // Scrolling past the end stops at the last screenful; the bar's thumb sits at the bottom.
        #expect(scrolled.lines() == ["           │", "end        █"])
    }

    @Test func inputLineScrollsToKeepTheCursorVisible() {
        let short = InputLine(prompt: ":", text: "help", cursor: 4)
        let drawn = draw(width: 10, height: 1) { short.render(in: $0, buffer: &$1) }
        #expect(drawn.lines() == [":help"])
        #expect(drawn[x: 5, y: 0].style.attributes.contains(.reverse))
        let long = InputLine(prompt: "/", text: "abcdefghijklmnop", cursor: 16)
        #expect(long.layout(width: 10).cursorColumn == 9)
        let scrolled = draw(width: 10, height: 1) { long.render(in: $0, buffer: &$1) }
        #expect(scrolled.lines() == ["/ijklmnop"])
        let middle = InputLine(prompt: "/", text: "abcdefghijklmnop", cursor: 2)
        #expect(middle.layout(width: 10) == (0, 3))
    }

    @Test func styledLineTruncatesAcrossSpans() {
        let line = StyledLine([Span("abc", role: .code), Span("defgh", role: .link)])
        let cut = line.truncated(toWidth: 5)
        #expect(cut.plainText == "abcd…")
        #expect(cut.spans.map(\.style.role) == [.code, .link, .link])
        #expect(line.truncated(toWidth: 8) == line)
    }
}

private extension TextView {
    func with(scrollOffset: Int) -> TextView {
        var copy = self
        copy.scrollOffset = scrollOffset
        return copy
    }
}
