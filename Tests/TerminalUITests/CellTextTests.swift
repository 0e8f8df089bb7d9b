import Testing
@testable import TerminalUI

/// A cell's inline text gives back exactly the cluster it was made from.
@Suite struct CellTextTests {
    @Test(arguments: [
        "a", " ", "~", "é", "e\u{301}", "日", "👍", "👍🏽", "🇩🇪", "✖\u{FE0F}", "1\u{FE0F}\u{20E3}",
        "a\u{301}\u{302}\u{303}", "👨\u{200D}👩\u{200D}👧\u{200D}👦", "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
        "\u{10FFFF}",
    ] as [Character])
    func roundTrips(character: Character) {
        let text = CellText(character)
        #expect(text.character == character)
        #expect(String(text.character).unicodeScalars.elementsEqual(String(character).unicodeScalars))
        var scalars: [UInt32] = []
        text.forEachScalar { scalars.append($0) }
        #expect(scalars == String(character).unicodeScalars.map(\.value))
        #expect(text.isSingleScalar == (String(character).unicodeScalars.count == 1))
        var appended = "x"
        text.append(to: &appended)
        #expect(appended == "x" + String(character))
    }

    @Test func asciiAndScalarInitialisersMatchTheCharacterOne() {
        for byte in UInt8(0x20)..<0x7F {
            #expect(CellText(ascii: byte) == CellText(Character(Unicode.Scalar(byte))))
            #expect(CellText(ascii: byte).isASCII)
        }
        #expect(CellText(scalar: Unicode.Scalar(0x65E5)!) == CellText("日"))
        #expect(!CellText("é").isASCII)
        #expect(CellText.space == CellText(" "))
    }

    @Test func equalTextsAreEqualAndDifferentOnesDiffer() {
        #expect(CellText("e\u{301}") == CellText("e\u{301}"))
        #expect(CellText("e\u{301}") != CellText("e\u{302}"))
        #expect(CellText("e\u{301}") != CellText("e"))
        let family: Character = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
        #expect(CellText(family) == CellText(family))
        #expect(CellText(family) != CellText("👨\u{200D}👩\u{200D}👧"))
    }

    @Test func cellsKeepTheirCharacterThroughTheBuffer() {
        var buffer = Buffer(width: 12, height: 1)
        buffer.put("é👍🏽日e\u{301}x", x: 0, y: 0, style: .plain)
        #expect(buffer.lines() == ["é👍🏽日e\u{301}x"])
        #expect(buffer[x: 1, y: 0].character == "👍🏽")
        #expect(buffer[x: 2, y: 0].isContinuation)
        var cell = buffer[x: 0, y: 0]
        cell.character = "Z"
        #expect(cell.text == CellText(ascii: 0x5A))
    }
}
