import Testing
@testable import TerminalUI

/// The fast path for one-column text gives exactly what walking it Character by Character gives.
@Suite struct DisplayWidthFastPathTests {
    static func slow(_ string: String) -> Int {
        string.reduce(0) { $0 + DisplayWidth.of($1) }
    }

    @Test func everyScalarOfTheFastRangesAlone() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2200...0x22FF,
                                              0x2500...0x25FF, 0x2690...0x2691, 0x2713...0x2713, 0x2716...0x2716]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = String(Character(scalar))
                #expect(DisplayWidth.of(text) == Self.slow(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test(arguments: [
        "▁▂▃▄▅▆▇█ ok", "Lumière Café — 10 ≥ 5 → fine", "e\u{301}tude", "✖ crit · ▲ warn", "⚠\u{FE0F} note",
        "│ ─ ┼ ╭╮", "a\u{200D}b", "東京 ▂", "◽◾", "¡¿ñ ß", "↔\u{FE0F}", "",
        "✓ ok ✖ crit ⚑ 3 ≤ 4", "✖\u{FE0F} crit", "✓\u{301}", "⚑\u{FE0F}",
    ])
    func mixedTextAgrees(text: String) {
        #expect(DisplayWidth.of(text) == Self.slow(text))
    }
}
