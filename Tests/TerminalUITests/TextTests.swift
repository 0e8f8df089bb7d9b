import Testing
@testable import TerminalUI

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnAndControlsNone() {
        #expect(DisplayWidth.of("hello") == 5)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of(Character("a")) == 1)
        #expect(DisplayWidth.of(Character("\u{7}")) == 0)
        #expect(DisplayWidth.of(Character("\u{7F}")) == 0)
        #expect(DisplayWidth.of(Character("\u{9B}")) == 0)
        #expect(DisplayWidth.of("a\tb") == 2)
    }

    @Test func eastAsianWideAndFullwidthAreTwoColumns() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("カタカナ") == 8)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of(Character("\u{3000}")) == 2)
        #expect(DisplayWidth.of("ｶ") == 1) // halfwidth katakana
    }

    @Test func emojiPresentationIsTwoColumns() {
        #expect(DisplayWidth.of(Character("🎉")) == 2)
        #expect(DisplayWidth.of(Character("🚀")) == 2)
        #expect(DisplayWidth.of(Character("🧪")) == 2)
        #expect(DisplayWidth.of(Character("👍🏽")) == 2)
        #expect(DisplayWidth.of(Character("👩‍💻")) == 2)
        #expect(DisplayWidth.of(Character("🇫🇷")) == 2)
        #expect(DisplayWidth.of(Character("❤️")) == 2)   // text-default heart with VS16
        #expect(DisplayWidth.of(Character("❤")) == 1)
        #expect(DisplayWidth.of(Character("✓")) == 1)
        #expect(DisplayWidth.of(Character("▲")) == 1)
        #expect(DisplayWidth.of(Character("…")) == 1)
        #expect(DisplayWidth.of(Character("─")) == 1)
    }

    @Test func combiningMarksAndJoinersAddNothing() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
        #expect(DisplayWidth.of(Character("\u{200D}")) == 0)
        #expect(DisplayWidth.of(Character("\u{FE0F}")) == 0)
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
        #expect(DisplayWidth.of("Zoë café") == 8)
    }
}

@Suite struct TextLayoutTests {
    @Test func truncatingOneColumnTextKeepsWholeScalarsAsCharactersWould() {
        // The per-scalar path must cut where the per-Character walk cuts.
        func byCharacters(_ string: String, _ width: Int, _ ellipsis: String) -> String {
            let room = DisplayWidth.of(ellipsis) <= width ? width - DisplayWidth.of(ellipsis) : width
            var result = ""
            var used = 0
            for character in string {
                if used + DisplayWidth.of(character) > room { break }
                result.append(character)
                used += DisplayWidth.of(character)
            }
            return DisplayWidth.of(ellipsis) <= width ? result + ellipsis : result
        }
        for string in ["✖ crit ── ▁▂▃▅▇ › prod-de · 4 warn ✓", "plain ASCII text that is long enough", "é (precomposed) ▲ ⚑ ≥ 90 %"] {
            for width in 1...DisplayWidth.of(string) - 1 {
                for ellipsis in ["…", "...", ""] {
                    #expect(truncate(string, toWidth: width, ellipsis: ellipsis) == byCharacters(string, width, ellipsis), "\(string) at \(width)")
                }
            }
        }
        // A combining mark keeps the general path: "e" + U+0301 is one column, two scalars.
        #expect(truncate("cafe\u{301} au lait", toWidth: 6) == "café …")
    }

    @Test func truncateByDisplayWidth() {
        #expect(truncate("hello world", toWidth: 8) == "hello w…")
        #expect(truncate("hello", toWidth: 5) == "hello")
        #expect(truncate("hello", toWidth: 0) == "")
        #expect(truncate("日本語テキスト", toWidth: 6) == "日本…")
        #expect(DisplayWidth.of(truncate("日本語テキスト", toWidth: 6)) == 5)
        #expect(truncate("hello", toWidth: 3, ellipsis: "~") == "he~")
        #expect(truncate("hello", toWidth: 1, ellipsis: "...") == "h")
    }

    @Test func padToDisplayWidth() {
        #expect(padRight("ab", toWidth: 4) == "ab  ")
        #expect(padLeft("ab", toWidth: 4) == "  ab")
        #expect(padRight("日本", toWidth: 5) == "日本 ")
        #expect(padLeft("toolong", toWidth: 3) == "toolong")
    }

    @Test func wrapWordsParagraphsAndLongWords() {
        #expect(wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(wrap("one\n\ntwo  three", width: 20) == ["one", "", "two three"])
        #expect(wrap("abcdefghij xy", width: 4) == ["abcd", "efgh", "ij", "xy"])
        #expect(wrap("日本語のテキスト", width: 5) == ["日本", "語の", "テキ", "スト"])
        #expect(wrap("", width: 5) == [""])
        #expect(wrap("text", width: 0) == [])
    }
}

@Suite struct TextSanitizerTests {
    @Test func plainTextPassesThroughUnchanged() {
        #expect(TextSanitizer.clean("db-01 OK 日本 🎉 café") == "db-01 OK 日本 🎉 café")
    }

    @Test func colourCodesAreRemoved() {
        #expect(TextSanitizer.clean("\u{1B}[1;31mFAILED\u{1B}[0m") == "FAILED")
        #expect(TextSanitizer.clean("a\u{1B}[2Jb\u{1B}[?1049hc") == "abc")
    }

    @Test func oscClipboardAndTitleAreRemovedWithTheirPayload() {
        #expect(TextSanitizer.clean("x\u{1B}]52;c;cm0gLXJmIC8K\u{07}y") == "xy")
        #expect(TextSanitizer.clean("x\u{1B}]0;pwned title\u{1B}\\y") == "xy")
        #expect(TextSanitizer.clean("x\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\") == "xlink")
        #expect(TextSanitizer.clean("x\u{1B}Pq#0;2;0;0;0\u{1B}\\y") == "xy")
        // An unterminated string swallows the rest rather than leaking its payload.
        #expect(TextSanitizer.clean("ok\u{1B}]52;c;AAAA") == "ok")
    }

    @Test func eightBitControlsAreRemoved() {
        #expect(TextSanitizer.clean("a\u{9B}31mb") == "ab")
        #expect(TextSanitizer.clean("a\u{9D}0;title\u{9C}b") == "ab")
        #expect(TextSanitizer.clean("a\u{85}b\u{80}c") == "abc")
    }

    @Test func controlsNextToGlyphsAreFoundByTheByteScan() {
        // Glyphs share lead bytes with the controls (✖ E2 9C, · C2 B7, ─ E2 94): those stay,
        // the controls beside them go.
        #expect(TextSanitizer.clean("✖ crit · ─ ▲ ⚑ ≥") == "✖ crit · ─ ▲ ⚑ ≥")
        #expect(TextSanitizer.clean("·\u{85}─\u{9B}31m✓") == "·─✓")
        #expect(TextSanitizer.clean("✖ \u{202E}tixe\u{202C} ok") == "✖ tixe ok")
        #expect(TextSanitizer.clean("─\u{2066}a\u{2069}─") == "─a─")
        #expect(TextSanitizer.clean("\u{2026}\u{2028}x") == "\u{2026}\u{2028}x")
    }

    @Test func twoCharacterEscapesAndStrayEscapesAreRemoved() {
        #expect(TextSanitizer.clean("a\u{1B}7b\u{1B}(Bc\u{1B}") == "abc")
        #expect(TextSanitizer.clean("a\u{1B}é") == "aé")
    }

    @Test func controlsTabsAndNewlines() {
        #expect(TextSanitizer.clean("a\tb") == "a b")
        #expect(TextSanitizer.clean("a\u{7F}b\u{0}c\u{8}d") == "abcd")
        #expect(TextSanitizer.clean("line1\nline2\r\nline3") == "line1 line2 line3")
        #expect(TextSanitizer.cleanMultiline("line1\nline2\r\nline3\u{1B}[0m") == "line1\nline2\nline3")
    }

    @Test func bidiOverridesAreRemoved() {
        #expect(TextSanitizer.clean("safe\u{202E}txt.exe") == "safetxt.exe")
        #expect(TextSanitizer.clean("a\u{2066}b\u{2069}c") == "abc")
    }
}

@Suite struct KeyTests {
    @Test func keyNames() {
        #expect(Key.character("q").description == "q")
        #expect(Key.up.description == "Up")
        #expect(Key.pageDown.description == "PgDn")
        #expect(Key.control("c").description == "Ctrl-C")
        #expect(Key.function(5).description == "F5")
        #expect(Key.backTab.description == "Shift-Tab")
        #expect(Key.character(" ").description == "Space")
    }
}

@Suite struct GeometryTests {
    @Test func rectHelpersClamp() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(screen.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 2).isEmpty)
        let (top, bottom) = screen.splitVertically(top: 1)
        #expect(top == Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(bottom == Rect(x: 0, y: 1, width: 80, height: 23))
        let (left, right) = screen.splitHorizontally(left: 100)
        #expect(left == screen && right.isEmpty)
        #expect(screen.splitVertically(bottom: 1).bottom == Rect(x: 0, y: 23, width: 80, height: 1))
        #expect(screen.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(screen.centered(width: 200, height: 10).width == 80)
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).isEmpty)
        #expect(screen.intersection(Rect(x: 70, y: 20, width: 20, height: 20)) == Rect(x: 70, y: 20, width: 10, height: 4))
    }
}
