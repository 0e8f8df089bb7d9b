import Console
import Foundation
import OpsModel
import OpsSources
import Testing
import TerminalUI

@Suite struct BackupsUpdateTests {
    /// The demo estate on the Backups view.
    static func backupsState(width: Int = 120, height: Int = 40) -> AppState {
        var state = DemoState.make(width: width, height: height)
        _ = DemoState.press([.character("5")], &state)
        return state
    }

    static func list(_ state: AppState) -> BackupsList {
        BackupsList(overview: state.overview, estate: state.estate, filter: state.backups.filter)
    }

    @Test func listIsOrderedWorstFirstThenByShareOfTheRPOExposed() {
        let state = Self.backupsState()
        let entries = Self.list(state).entries
        #expect(entries.count == state.estate.environments.count)
        let severities = entries.map(\.verdict.status.severity)
        #expect(severities == severities.sorted(by: >))
        // Archiving broken and a 3-day-old recovery point against a 1 h RPO: the worst of the estate.
        #expect(entries.first?.id == "prod-at-nordkauf")
        for status in Status.allCases {
            let ratios = entries.filter { $0.verdict.status == status }.map { $0.exposureRatio ?? .infinity }
            #expect(ratios == ratios.sorted(by: >))
        }
    }

    @Test func arrowsPagesHomeAndEndMoveTheSelection() {
        var state = Self.backupsState(width: 80, height: 24)
        let ids = Self.list(state).environmentIDs
        #expect(state.backups.selectedID == nil)
        _ = DemoState.press([.down, .down], &state)
        #expect(state.backups.selectedID == ids[2])
        _ = DemoState.press([.up], &state)
        #expect(state.backups.selectedID == ids[1])
        _ = DemoState.press([.end], &state)
        #expect(state.backups.selectedID == ids.last)
        _ = DemoState.press([.down], &state)
        #expect(state.backups.selectedID == ids.last)
        _ = DemoState.press([.home], &state)
        #expect(state.backups.selectedID == ids.first)
        _ = DemoState.press([.pageDown], &state)
        #expect(state.backups.selectedID.flatMap { ids.firstIndex(of: $0) }.map { $0 > 1 } == true)
        _ = DemoState.press([.pageUp], &state)
        #expect(state.backups.selectedID == ids.first)
        // Moving in the Backups view leaves the Environments view's selection alone.
        #expect(state.activeView == .backups)
    }

    @Test func enterOpensTheDetailOfTheSelectedEnvironmentAndEscapeClosesIt() {
        var state = Self.backupsState()
        let ids = Self.list(state).environmentIDs
        _ = DemoState.press([.down, .enter], &state)
        #expect(state.backups.detailID == ids[1])
        _ = DemoState.press([.down, .down], &state)
        #expect(state.backups.detailScroll == 2)
        #expect(state.backups.selectedID == ids[1])
        _ = DemoState.press([.character("G")], &state)
        let bottom = state.backups.detailScroll
        #expect(bottom > 2 && bottom < 1000)
        _ = DemoState.press([.up], &state)
        #expect(state.backups.detailScroll == bottom - 1)
        _ = DemoState.press([.character("/")], &state)
        #expect(state.mode == .normal)
        _ = DemoState.press([.escape], &state)
        #expect(state.backups.detailID == nil)
        #expect(state.activeView == .backups)
    }

    @Test func filterNarrowsByEnvironmentOrTenantAndEscapeClearsIt() {
        var state = Self.backupsState()
        _ = DemoState.press([.down, .down, .down], &state)
        _ = DemoState.press([.character("/")], &state)
        #expect(state.mode == .filter)
        DemoState.type("harbour", &state)
        #expect(state.backups.filter == "harbour")
        let ids = Self.list(state).environmentIDs
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { $0.contains("harbour") })
        #expect(state.backups.selectedID.map(ids.contains) == true)
        _ = DemoState.press([.enter], &state)
        #expect(state.mode == .normal)
        #expect(state.backups.filter == "harbour")
        // The tenant's name matches too.
        _ = DemoState.press([.character("/")], &state)
        _ = DemoState.press(Array(repeating: .backspace, count: 7), &state)
        DemoState.type("nordkauf", &state)
        _ = DemoState.press([.enter], &state)
        #expect(Self.list(state).environmentIDs.allSatisfy { $0.contains("nordkauf") })
        _ = DemoState.press([.escape], &state)
        #expect(state.backups.filter.isEmpty)
        #expect(Self.list(state).entries.count == state.estate.environments.count)
    }

    @Test func sortAndGroupKeysSayTheOrderIsFixedAndChangeNothing() {
        var state = Self.backupsState()
        let before = state.environments
        _ = DemoState.press([.character("s"), .character("t")], &state)
        #expect(state.environments == before)
        #expect(state.notice?.contains("ordered by risk") == true)
    }

    @Test func anEnvironmentWithoutBackupDataIsUnknownNeverOK() {
        let now = DemoState.blackFriday
        var snapshot = DemoState.snapshot(now: now)
        snapshot.estate.backups.removeAll { $0.environmentID == "prod-eu-core" }
        var state = AppState(now: now, clockIsFixed: true, viewerZone: TimeZone(identifier: "UTC")!, readOnly: false, themeName: "default-dark", size: Size(width: 120, height: 40), glyphs: .unicode)
        _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
        _ = DemoState.press([.character("5")], &state)
        let entry = Self.list(state).entries.first { $0.id == "prod-eu-core" }
        #expect(entry?.verdict.status == .unknown)
        let screen = ShellView.render(state).lines().joined(separator: "\n")
        let row = screen.split(separator: "\n").first { $0.contains("prod-eu-core") } ?? ""
        #expect(row.contains("? unknown"))
        #expect(row.contains("? / 15m"))
        #expect(!row.contains("✓"))
    }
}
