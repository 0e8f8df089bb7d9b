import Console
import Foundation
import OpsModel
import Testing
import TerminalUI

@Suite struct ShellSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func environmentsList(width: Int, height: Int) {
        let state = DemoState.make(width: width, height: height)
        Snapshot.assertMatches(ShellView.render(state), named: "environments-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func environmentDetail(width: Int, height: Int) {
        var state = DemoState.make(width: width, height: height)
        _ = DemoState.press([.character(":")], &state)
        DemoState.type("env prod-de-nordkauf", &state)
        _ = DemoState.press([.enter], &state)
        Snapshot.assertMatches(ShellView.render(state), named: "environment-detail-\(width)x\(height)")
    }

    @Test func helpOverlay() {
        var state = DemoState.make(width: 80, height: 24)
        _ = DemoState.press([.character("?")], &state)
        Snapshot.assertMatches(ShellView.render(state), named: "help-80x24")
    }

    /// After the keys, the help says how to read the cells a newcomer misreads: a freeze's time
    /// is the time left in it.
    @Test func helpEndsWithHowToReadTheScreen() {
        var state = DemoState.make(width: 80, height: 24, glyphs: .ascii)
        _ = DemoState.press([.character("?")] + Array(repeating: .pageDown, count: 8), &state)
        let text = Snapshot.text(ShellView.render(state))
        #expect(text.contains("Reading the screen"))
        #expect(text.contains("X frozen 38d") && text.contains("38d is the time left in it"))
        #expect(text.contains("unknown (never counted as ok), ok"))
        #expect(text.contains("the running release, deployed 48m ago"))
    }

    @Test func filterLineAndAsciiGlyphs() {
        var state = DemoState.make(width: 80, height: 24, glyphs: .ascii)
        _ = DemoState.press([.character("/")], &state)
        DemoState.type("prod", &state)
        let buffer = ShellView.render(state)
        Snapshot.assertMatches(buffer, named: "environments-filter-ascii-80x24")
        #expect(buffer.lines().allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
    }

    @Test func groupedByTierAt120() {
        var state = DemoState.make(width: 120, height: 40)
        _ = DemoState.press([.character("t")], &state)
        Snapshot.assertMatches(ShellView.render(state), named: "environments-by-tier-120x40")
    }

    @Test func wideTerminalUsesTheRoom() {
        let state = DemoState.make(width: 250, height: 70)
        let header = ShellView.render(state).lines()[2]
        for title in ["ENVIRONMENT", "STAGE", "TIER", "TENANCY", "REGION", "ODOO", "RELEASE", "AGE", "HEALTH", "BACKUP", "FREEZE NOW"] {
            #expect(header.contains(title), "missing \(title) at 250 columns")
        }
    }

    @Test func narrowColumnsGiveWayByPriority() {
        let header = ShellView.render(DemoState.make(width: 80, height: 24)).lines()[2]
        for title in ["ENVIRONMENT", "HEALTH", "BACKUP", "FREEZE NOW"] {
            #expect(header.contains(title), "missing \(title) at 80 columns")
        }
        #expect(!header.contains("TENANCY"))
    }

    @Test(arguments: [(39, 12), (80, 11), (10, 3), (0, 0)])
    func tooSmallShowsOneLine(width: Int, height: Int) {
        let buffer = ShellView.render(DemoState.make(width: width, height: height))
        let lines = buffer.lines().filter { !$0.isEmpty }
        #expect(lines.count <= 1)
        if width >= 10 { #expect(lines.first?.contains("40x12") == true) }
    }

    @Test func beforeTheFirstLoadTheScreenSaysSo() {
        let state = AppState(now: DemoState.blackFriday, clockIsFixed: true, viewerZone: TimeZone(identifier: "UTC")!, readOnly: true,
                             themeName: "default-dark", size: Size(width: 80, height: 24), glyphs: .unicode)
        let text = ShellView.render(state).lines().joined(separator: "\n")
        #expect(text.contains("Loading the estate"))
        #expect(text.contains("READ-ONLY"))
        #expect(text.contains("2026-11-27 09:00 UTC (fixed)"))
    }

    @Test func statusIsNeverToldByColourAlone() {
        let text = ShellView.render(DemoState.make()).lines().joined(separator: "\n")
        #expect(text.contains("✖ crit"))
        #expect(text.contains("▲ warn"))
        #expect(text.contains("✓ ok"))
    }
}
