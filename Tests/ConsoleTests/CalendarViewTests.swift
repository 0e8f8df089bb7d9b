import Console
import Foundation
import OpsModel
import Testing
import TerminalUI

/// Snapshots of the Calendar view on the demo estate at Black Friday 2026, 09:00 UTC.
@Suite("Calendar view snapshots")
struct CalendarViewTests {
    static func screen(width: Int, height: Int, glyphs: GlyphSet = .unicode, keys: [Key] = []) -> Buffer {
        var state = DemoState.make(width: width, height: height, glyphs: glyphs)
        _ = DemoState.press([.character("3")] + keys, &state)
        return ShellView.render(state)
    }

    static let week: [Key] = [.character("t")]
    static let month: [Key] = [.character("t"), .character("t")]

    @Test func agenda120x40() { Snapshot.assertMatches(Self.screen(width: 120, height: 40), named: "calendar-agenda-120x40") }
    @Test func agenda80x24() { Snapshot.assertMatches(Self.screen(width: 80, height: 24), named: "calendar-agenda-80x24") }
    @Test func week120x40() { Snapshot.assertMatches(Self.screen(width: 120, height: 40, keys: Self.week), named: "calendar-week-120x40") }
    @Test func week80x24() { Snapshot.assertMatches(Self.screen(width: 80, height: 24, keys: Self.week), named: "calendar-week-80x24") }
    @Test func month120x40() { Snapshot.assertMatches(Self.screen(width: 120, height: 40, keys: Self.month), named: "calendar-month-120x40") }
    @Test func month80x24() { Snapshot.assertMatches(Self.screen(width: 80, height: 24, keys: Self.month), named: "calendar-month-80x24") }

    /// The week grid by tier, on an ASCII terminal.
    @Test func weekByTierASCII120x40() {
        Snapshot.assertMatches(Self.screen(width: 120, height: 40, glyphs: .ascii, keys: Self.week + [.character("s")]), named: "calendar-week-tiers-ascii-120x40")
    }

    /// The week's cursor moved onto an hour label blanks the label: a partly covered "12" would
    /// read as another hour. Every number left on the hour row is a whole multiple of 6.
    @Test func aMarkerOnAnHourLabelLeavesNoPartOfIt() {
        let buffer = Self.screen(width: 120, height: 40, keys: Self.week + [.right, .right])
        let hourRow = Snapshot.text(buffer).split(separator: "\n").first { $0.contains("hour (UTC)") } ?? ""
        #expect(hourRow.contains("↓"), "the cursor is not on the hour row: \(hourRow)")
        let numbers = hourRow.split { !$0.isNumber }.compactMap { Int($0) }
        #expect(!numbers.isEmpty && numbers.allSatisfy { $0 % 6 == 0 }, "\(hourRow)")
        #expect(!hourRow.contains("↓2") && !hourRow.contains("┃2"), "\(hourRow)")
    }

    /// The agenda with a release planned inside the freeze selected.
    @Test func agendaReleaseSelected120x40() {
        var state = DemoState.make(width: 120, height: 40)
        _ = DemoState.press([.character("3"), .character("/")], &state)
        DemoState.type("prod-de", &state)
        _ = DemoState.press([.enter, .down], &state)
        Snapshot.assertMatches(ShellView.render(state), named: "calendar-agenda-release-120x40")
    }
}
