import Foundation
import Testing
import TerminalUI
@testable import Console

/// The help overlay wraps a long meaning under its own column instead of cutting it.
@Suite struct HelpOverlayTests {
    @Test(arguments: [76, 94, 40])
    func everyMeaningIsShownWholeAndFitsTheWidth(width: Int) {
        let keymap = Keymap.standard
        let lines = HelpOverlay.lines(keymap, glyphs: .unicode, width: width)
        let texts = lines.map { line in line.spans.map(\.text).joined() }
        // A meaning whose longest word fits must fit; none of the standard ones has longer words.
        for text in texts { #expect(StyledLine(text).width <= max(width, 24 + 30), "\(width): \(text)") }
        let joined = texts.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for binding in keymap.bindings {
            let words = binding.help.split(separator: " ").joined(separator: " ")
            #expect(joined.contains(words), "\(width): \(binding.help)")
        }
    }

    @Test func aNarrowOverlayContinuesAMeaningUnderItsColumn() {
        let lines = HelpOverlay.lines(Keymap.standard, glyphs: .unicode, width: 76).map { $0.spans.map(\.text).joined() }
        let filter = lines.firstIndex { $0.contains("filter the list as you type") }
        #expect(filter != nil)
        if let filter {
            #expect(lines[filter + 1].hasPrefix(String(repeating: " ", count: 24)), "\(lines[filter + 1])")
            #expect(!lines[filter + 1].trimmingCharacters(in: .whitespaces).isEmpty)
        }
    }
}
