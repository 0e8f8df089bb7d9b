import Foundation
import OpsModel
import OpsSources
import Testing
import TerminalUI
@testable import Console

/// The lists kept in `AppState` are rebuilt whenever what they derive from changes: after every
/// step they equal a list derived afresh from the same state.
@Suite struct ListCacheTests {
    /// The Environments list as text: headings with their roll-up, rows with their marker and health.
    static func lines(_ list: EnvironmentList) -> [String] {
        list.entries.map { entry in
            switch entry {
            case .group(let title, let status, let count): return "# \(title) \(status.rawValue) \(count)"
            case .environment(let row): return "\(row.environment.id) \(row.overall.rawValue) \(row.health.rawValue)"
            }
        }
    }

    static func expectEnvironmentsCurrent(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let fresh = EnvironmentList(overview: state.overview, state: state.environments)
        #expect(lines(state.environmentList) == lines(fresh), sourceLocation: sourceLocation)
        #expect(state.environmentList.entryIndex(of: state.environments.selectedID) == fresh.entryIndex(of: state.environments.selectedID),
                sourceLocation: sourceLocation)
    }

    static func expectHealthCurrent(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let fresh = HealthEnvironmentList(overview: state.overview, filter: HealthUpdate.listFilter(state.health))
        #expect(state.healthList.ids == fresh.ids, sourceLocation: sourceLocation)
        #expect(state.healthList.index(of: state.health.selectedID) == fresh.index(of: state.health.selectedID), sourceLocation: sourceLocation)
    }

    /// The demo snapshot with every signal of one environment gone: its health turns unknown, so it moves.
    static func snapshotWithoutSignals(of environmentID: String) -> SourceSnapshot {
        var snapshot = DemoState.snapshot()
        snapshot.estate.signals.removeAll { $0.environmentID == environmentID }
        return snapshot
    }

    @Test func aNewSnapshotReordersBothListsAndKeepsTheSelectionByID() {
        var state = DemoState.make()
        let worst = state.healthList.ids[0]
        _ = DemoState.press([.down, .down, .down], &state)
        let selected = state.environments.selectedID
        let before = Self.lines(state.environmentList)
        _ = Update.apply(.snapshotLoaded(Self.snapshotWithoutSignals(of: worst)), to: &state)
        #expect(Self.lines(state.environmentList) != before)
        #expect(state.healthList.ids[0] != worst)
        #expect(state.environments.selectedID == selected)
        Self.expectEnvironmentsCurrent(state)
        Self.expectHealthCurrent(state)
        // And back: the old order returns with the old data.
        _ = Update.apply(.snapshotLoaded(DemoState.snapshot()), to: &state)
        #expect(Self.lines(state.environmentList) == before)
        #expect(state.healthList.ids[0] == worst)
    }

    @Test func aTickOfALiveClockRederivesTheLists() {
        var state = DemoState.make()
        state.clockIsFixed = false
        _ = DemoState.press([.character("s"), .character("s"), .character("s"), .character("s")], &state)
        let before = Self.lines(state.environmentList)
        let healthBefore = state.healthList.ids
        // A day later every latest value is stale: health turns unknown everywhere.
        _ = Update.apply(.tick(state.now.addingTimeInterval(24 * 3600)), to: &state)
        #expect(Self.lines(state.environmentList) != before)
        #expect(state.healthList.ids != healthBefore)
        Self.expectEnvironmentsCurrent(state)
        Self.expectHealthCurrent(state)
    }

    @Test func typingAndErasingTheFilterNarrowsAndRestoresTheCachedList() {
        var state = DemoState.make()
        let all = state.environmentList.environmentIDs
        _ = DemoState.press([.character("/")], &state)
        DemoState.type("harb", &state)
        #expect(state.environmentList.environmentIDs.count == 5)
        Self.expectEnvironmentsCurrent(state)
        _ = DemoState.press([.backspace, .backspace], &state)
        Self.expectEnvironmentsCurrent(state)
        _ = DemoState.press([.backspace, .backspace], &state)
        #expect(state.environmentList.environmentIDs == all)
        DemoState.type("zzz", &state)
        #expect(state.environmentList.entries.isEmpty)
        #expect(state.environments.selectedID == nil)
        _ = DemoState.press([.escape], &state)
        #expect(state.environmentList.environmentIDs == all)
        #expect(state.environments.selectedID == all.first)
        Self.expectEnvironmentsCurrent(state)
    }

    @Test func theHealthFilterIsCachedAndSetAsideWhileDrilledIn() {
        var state = DemoState.make()
        _ = DemoState.press([.character("2"), .character("/")], &state)
        DemoState.type("harb", &state)
        let narrowed = state.healthList.ids
        #expect(narrowed.count == 5 && narrowed.allSatisfy { $0.contains("harbour") })
        Self.expectHealthCurrent(state)
        _ = DemoState.press([.enter, .enter], &state)
        #expect(state.health.detailID != nil)
        // Drilled in, `/` narrows signals; the list keeps the environment filter.
        _ = DemoState.press([.character("/")], &state)
        DemoState.type("cpu", &state)
        #expect(state.healthList.ids == narrowed)
        _ = DemoState.press([.enter, .escape], &state)
        #expect(state.health.detailID == nil)
        #expect(state.healthList.ids == narrowed)
        _ = DemoState.press([.escape], &state)
        #expect(state.healthList.ids.count > narrowed.count)
        Self.expectHealthCurrent(state)
    }

    @Test func sortingAndGroupingRebuildTheCachedList() {
        var state = DemoState.make()
        _ = DemoState.press([.down, .down], &state)
        let selected = state.environments.selectedID
        for key in ["s", "S", "t", "s", "t", "t", "s", "S"] {
            _ = DemoState.press([.character(Character(key))], &state)
            Self.expectEnvironmentsCurrent(state)
            #expect(state.environments.selectedID == selected)
        }
        _ = DemoState.press([.character(":")], &state)
        DemoState.type("group region", &state)
        _ = DemoState.press([.enter], &state)
        #expect(state.environments.grouping == .region)
        Self.expectEnvironmentsCurrent(state)
    }

    @Test func theBackupsListFollowsItsFilterAndReloads() {
        var state = DemoState.make()
        func expectCurrent(sourceLocation: SourceLocation = #_sourceLocation) {
            let fresh = BackupsList(overview: state.overview, estate: state.estate, filter: state.backups.filter)
            #expect(state.backupsList.environmentIDs == fresh.environmentIDs, sourceLocation: sourceLocation)
        }
        _ = DemoState.press([.character("5"), .character("/")], &state)
        DemoState.type("nord", &state)
        #expect(state.backupsList.environmentIDs.count == 5)
        expectCurrent()
        _ = DemoState.press([.backspace, .backspace, .backspace, .backspace], &state)
        #expect(state.backupsList.environmentIDs.count == 14)
        _ = DemoState.press([.enter], &state)
        var snapshot = DemoState.snapshot()
        snapshot.estate.backups.removeAll { $0.environmentID == "prod-eu-core" }
        _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
        #expect(state.backupsList.unfilteredEntry("prod-eu-core")?.records == nil)
        expectCurrent()
    }

    @Test func releaseChecksAreJudgedAgainForANewSnapshot() {
        var state = DemoState.make()
        /// The estate's releases judged now, of the environments it has (lanes show no others).
        func judgedAfresh() -> [String] {
            PlannedReleaseCheck.all(estate: state.estate, calendar: state.overview!.calendar)
                .filter { state.estate.environment(id: $0.release.environmentID) != nil }
                .map { "\($0.release.id) \($0.flagText)" }
        }
        func kept() -> [String] {
            state.plannedReleases.starting(for: state.estate.environments, from: .distantPast, to: .distantFuture).map { "\($0.release.id) \($0.flagText)" }
        }
        #expect(!kept().isEmpty)
        #expect(kept() == judgedAfresh())
        var snapshot = DemoState.snapshot()
        snapshot.estate.releases.removeFirst()
        snapshot.estate.windows.removeAll()
        _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
        #expect(kept().count == snapshot.estate.releases.count)
        #expect(kept() == judgedAfresh())
    }

    @Test func theScreenShowsTheScrolledRowsOfALongList() {
        var state = DemoState.make(width: 80, height: 14)
        _ = DemoState.press([.end], &state)
        let last = state.environmentList.environmentIDs.last!
        let text = ShellView.render(state).lines().joined(separator: "\n")
        #expect(text.contains(last))
        _ = DemoState.press([.character("2"), .end], &state)
        let text2 = ShellView.render(state).lines().joined(separator: "\n")
        #expect(text2.contains(state.healthList.ids.last!))
    }
}
