import Foundation
import Testing
import TerminalUI
@testable import Console

@Suite("Runbooks snapshots")
struct RunbooksSnapshotTests {
    @Test func listAndPreviewAt120x40() {
        var state = DemoState.make(width: 120, height: 40)
        _ = DemoState.press([.character("4")], &state)
        Snapshot.assertMatches(ShellView.render(state), named: "runbooks-list-120x40")
    }

    @Test func readerWithFocusedCommandAt120x40() {
        var state = DemoState.make(width: 120, height: 40)
        RunbooksUpdate.open(runbookID: "pg-lock-contention", environmentID: "prod-de-nordkauf", state: &state)
        _ = DemoState.press([.character(">"), .character(">")], &state)
        Snapshot.assertMatches(ShellView.render(state), named: "runbooks-reader-120x40")
    }

    @Test func listAt80x24() {
        var state = DemoState.make(width: 80, height: 24)
        _ = DemoState.press([.character("4"), .character("/")], &state)
        DemoState.type("pg", &state)
        _ = DemoState.press([.enter], &state)
        Snapshot.assertMatches(ShellView.render(state), named: "runbooks-list-80x24")
    }

    @Test func staleReaderAt80x24() {
        var state = DemoState.make(width: 80, height: 24)
        RunbooksUpdate.open(runbookID: "restore-pitr", environmentID: "prod-eu-core", state: &state)
        Snapshot.assertMatches(ShellView.render(state), named: "runbooks-reader-80x24")
    }

    @Test func asciiReaderAt80x24() {
        var state = DemoState.make(width: 80, height: 24, glyphs: .ascii)
        RunbooksUpdate.open(runbookID: "redis-memory", environmentID: "prod-us-harbour", state: &state)
        _ = DemoState.press([.character(">")], &state)
        Snapshot.assertMatches(ShellView.render(state), named: "runbooks-reader-ascii-80x24")
    }
}
