import Foundation
import OpsModel
import Testing

/// `DurationText.parse` reads bytes; it must give what reading characters gave, for any text.
@Suite struct DurationTextParseTests {
    /// The character reader it replaced, kept as the reference.
    private static func reference(_ text: String) -> TimeInterval? {
        let trimmed = text.trimmedOfWhitespace
        guard !trimmed.isEmpty else { return nil }
        var total: TimeInterval = 0
        var number = ""
        var sawUnit = false
        for character in trimmed {
            if character.isNumber || character == "." {
                number.append(character)
                continue
            }
            guard let value = Double(number) else { return nil }
            let unit: TimeInterval
            switch character {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3600
            case "d": unit = 86400
            case "w": unit = 7 * 86400
            default: return nil
            }
            total += value * unit
            number = ""
            sawUnit = true
        }
        guard number.isEmpty, sawUnit else { return nil }
        return total
    }

    @Test(arguments: [
        "90m", "1h30m", "42d", "1.5h", "", "10", "5x", ".5h", "2.h", ".h", "1.2.3m", "h", "3w2d",
        " 2h ", "2h\n", "\t15s", "٣h", "5\u{301}m", "1234567890123456m", "0.1234567890123456h",
        "007s", "1e3s", "-5m", "+5m", "5m٣", "1h 30m", "1H",
    ])
    func knownTextsReadAsBefore(text: String) {
        #expect(DurationText.parse(text) == Self.reference(text), "\(text.debugDescription)")
    }

    @Test func randomTextsReadAsBefore() {
        let alphabet = Array("0123456789..smhdwx -+\t٣")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 60)
            var text = ""
            for step in 0..<length {
                let bits = state >> UInt64(4 * (step % 15))
                text.append(alphabet[Int(bits % UInt64(alphabet.count))])
                state = state &* 6364136223846793005 &+ 1442695040888963407
            }
            #expect(DurationText.parse(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    @Test(arguments: ["", "a", " a", "a ", "\ta\t", "a\r\n", "\u{A0}a", "é", "a\u{301}", "x y", "\u{2003}", "~!"])
    func trimmingByBytesFirstGivesWhatFoundationGives(text: String) {
        let reference = text.first?.isWhitespace == true || text.last?.isWhitespace == true ? text.trimmingCharacters(in: .whitespaces) : text
        #expect(text.trimmedOfWhitespace == reference, "\(text.debugDescription)")
    }
}
