import Foundation
import Testing
import TerminalUI
@testable import Console

/// Screens of the Health view at the two sizes that matter, on Black Friday 2026 at 09:00 UTC.
@Suite struct HealthSnapshotTests {
    static func screen(width: Int, height: Int, keys: [Key], glyphs: GlyphSet = .unicode) -> Buffer {
        var state = DemoState.make(width: width, height: height, glyphs: glyphs)
        _ = DemoState.press([.character("2")] + keys, &state)
        return ShellView.render(state)
    }

    @Test func list80x24() {
        Snapshot.assertMatches(Self.screen(width: 80, height: 24, keys: []), named: "health-list-80x24")
    }

    @Test func list120x40() {
        Snapshot.assertMatches(Self.screen(width: 120, height: 40, keys: []), named: "health-list-120x40")
    }

    @Test func nordkauf80x24() {
        Snapshot.assertMatches(Self.screen(width: 80, height: 24, keys: [.enter]), named: "health-prod-de-nordkauf-80x24")
    }

    @Test func nordkaufSignals80x24() {
        // Two pages down: the signal table with the red signals, their values, thresholds and trend.
        Snapshot.assertMatches(Self.screen(width: 80, height: 24, keys: [.enter, .pageDown, .pageDown]), named: "health-prod-de-nordkauf-signals-80x24")
    }

    @Test func nordkauf120x40() {
        Snapshot.assertMatches(Self.screen(width: 120, height: 40, keys: [.enter]), named: "health-prod-de-nordkauf-120x40")
    }

    @Test func nordkaufSignals120x40() {
        Snapshot.assertMatches(Self.screen(width: 120, height: 40, keys: [.enter, .pageDown]), named: "health-prod-de-nordkauf-signals-120x40")
    }

    @Test func staleEnvironmentASCII() {
        // dr-us-harbour has a collector error: unknown, with the error and the age of the last value.
        Snapshot.assertMatches(Self.screen(width: 80, height: 24, keys: [.down, .down, .down, .down, .enter, .pageDown], glyphs: .ascii), named: "health-dr-us-harbour-ascii-80x24")
    }

    @Test func unknownIsNeverDrawnAsOK() {
        var state = DemoState.make(width: 120, height: 40)
        _ = DemoState.press([.character("2")], &state)
        state.health.selectedID = "dr-us-harbour"
        _ = DemoState.press([.enter, .character("/")], &state)
        DemoState.type("pods", &state)
        let lines = ShellView.render(state).lines()
        let row = lines.last { $0.contains("Pods not ready") } ?? ""
        #expect(row.contains("? unknown"))
        #expect(row.contains("stale 14m"))
        #expect(!row.contains("✓"))
        #expect(lines.contains { $0.contains("kube-state-metrics: connection refused") })
    }
}
