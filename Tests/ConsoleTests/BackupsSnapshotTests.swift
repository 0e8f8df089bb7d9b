import Console
import Foundation
import Testing
import TerminalUI

/// Screens of the Backups view on the demo estate at Black Friday 09:00 UTC; review the .txt files by eye.
@Suite struct BackupsSnapshotTests {
    static func screen(width: Int, height: Int, glyphs: GlyphSet = .unicode, keys: [Key]) -> Buffer {
        var state = DemoState.make(width: width, height: height, glyphs: glyphs)
        _ = DemoState.press([.character("5")] + keys, &state)
        return ShellView.render(state)
    }

    @Test func listAt80x24() {
        Snapshot.assertMatches(Self.screen(width: 80, height: 24, keys: []), named: "backups-list-80x24")
    }

    @Test func listAt120x40() {
        Snapshot.assertMatches(Self.screen(width: 120, height: 40, keys: [.down, .down, .down]), named: "backups-list-120x40")
    }

    @Test func detailAt80x24() {
        Snapshot.assertMatches(Self.screen(width: 80, height: 24, keys: [.enter]), named: "backups-detail-80x24")
    }

    @Test func detailScrolledToTheTimelineAt80x24() {
        Snapshot.assertMatches(Self.screen(width: 80, height: 24, keys: [.down, .down, .down, .enter, .pageDown]), named: "backups-detail-timeline-80x24")
    }

    @Test func detailAt120x40() {
        Snapshot.assertMatches(Self.screen(width: 120, height: 40, keys: [.enter]), named: "backups-detail-120x40")
    }

    @Test func detailInASCIIAt120x40() {
        let buffer = Self.screen(width: 120, height: 40, glyphs: .ascii, keys: [.down, .down, .down, .enter, .pageDown])
        Snapshot.assertMatches(buffer, named: "backups-detail-ascii-120x40")
        // The Backups content (rows 2 to the footer) is pure ASCII when the glyph set is.
        let content = buffer.lines()[2..<(buffer.size.height - 2)].joined()
        let ascii = content.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii, "non-ASCII in: \(content.unicodeScalars.filter { !$0.isASCII }.map(String.init).joined())")
    }

    @Test func listInASCIIIsPureASCII() {
        let buffer = Self.screen(width: 120, height: 40, glyphs: .ascii, keys: [])
        let content = buffer.lines()[2..<(buffer.size.height - 2)].joined()
        let ascii = content.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii, "non-ASCII in: \(content.unicodeScalars.filter { !$0.isASCII }.map(String.init).joined())")
    }
}
