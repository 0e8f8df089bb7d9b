@testable import Console
import OpsSources
import OpsModel
import Foundation
import OpsModel
import Testing
import TerminalUI

@Suite struct EnvironmentsUpdateTests {
    @Test func selectionStartsOnTheFirstEnvironmentAndMovesSkippingGroupHeadings() {
        var state = DemoState.make()
        let list = EnvironmentList(overview: state.overview, state: state.environments)
        #expect(state.environments.selectedID == list.environmentIDs.first)
        _ = DemoState.press([.down, .down], &state)
        #expect(state.environments.selectedID == list.environmentIDs[2])
        _ = DemoState.press([.character("G")], &state)
        #expect(state.environments.selectedID == list.environmentIDs.last)
        _ = DemoState.press([.home], &state)
        #expect(state.environments.selectedID == list.environmentIDs.first)
        _ = DemoState.press([.up], &state)
        #expect(state.environments.selectedID == list.environmentIDs.first)
    }

    @Test func defaultOrderPutsTheWorstFirstWithinEachGroup() {
        let state = DemoState.make()
        let list = EnvironmentList(overview: state.overview, state: state.environments)
        guard case .group(let title, let status, _) = list.entries.first else {
            Issue.record("first entry is not a group heading")
            return
        }
        #expect(status == .crit)
        #expect(!title.isEmpty)
        let nordkauf = list.entries.compactMap { entry -> EnvironmentOverview? in
            if case .environment(let row) = entry, row.environment.tenantID == "nordkauf" { return row }
            return nil
        }
        let severities = nordkauf.map(\.overall.severity)
        #expect(severities == severities.sorted(by: >))
    }

    @Test func filterNarrowsAsYouTypeAndEscapeClearsIt() {
        var state = DemoState.make()
        _ = DemoState.press([.character("/")], &state)
        #expect(state.mode == .filter)
        DemoState.type("harb", &state)
        var list = EnvironmentList(overview: state.overview, state: state.environments)
        #expect(list.environmentIDs.count == 5)
        #expect(list.environmentIDs.allSatisfy { $0.contains("harbour") })
        #expect(state.environments.selectedID?.contains("harbour") == true)
        _ = DemoState.press([.enter], &state)
        #expect(state.mode == .normal)
        #expect(state.environments.filter == "harb")
        _ = DemoState.press([.escape], &state)
        list = EnvironmentList(overview: state.overview, state: state.environments)
        #expect(state.environments.filter.isEmpty)
        #expect(list.environmentIDs.count == 14)
    }

    @Test func enterDrillsInAndEscapeComesBack() {
        var state = DemoState.make()
        let selected = state.environments.selectedID
        _ = DemoState.press([.enter], &state)
        #expect(state.environments.detailID == selected)
        _ = DemoState.press([.down, .down], &state)
        #expect(state.environments.detailScroll == 2)
        _ = DemoState.press([.escape], &state)
        #expect(state.environments.detailID == nil)
        #expect(state.environments.selectedID == selected)
    }

    @Test func commandLineJumpsToAnEnvironmentWithCompletion() {
        var state = DemoState.make()
        _ = DemoState.press([.character(":")], &state)
        DemoState.type("env prod-eu", &state)
        _ = DemoState.press([.tab], &state)
        #expect(state.mode == .command(text: "env prod-eu-core"))
        _ = DemoState.press([.enter], &state)
        #expect(state.mode == .normal)
        #expect(state.environments.detailID == "prod-eu-core")
        #expect(state.activeView == .environments)
    }

    @Test func commandLineSwitchesViewsAndReportsUnknownCommands() {
        var state = DemoState.make()
        _ = DemoState.press([.character(":")], &state)
        DemoState.type("backups", &state)
        _ = DemoState.press([.enter], &state)
        #expect(state.activeView == .backups)
        _ = DemoState.press([.character(":")], &state)
        DemoState.type("frobnicate", &state)
        _ = DemoState.press([.enter], &state)
        #expect(state.notice?.contains("unknown command") == true)
        _ = DemoState.press([.character(":")], &state)
        DemoState.type("env nowhere", &state)
        _ = DemoState.press([.enter], &state)
        #expect(state.notice == "no environment \"nowhere\"")
    }

    @Test func quitThemeAndRefreshAreCommandsForTheRuntime() {
        var state = DemoState.make()
        #expect(DemoState.press([.character("r")], &state) == [.reload])
        _ = DemoState.press([.character(":")], &state)
        DemoState.type("theme light", &state)
        #expect(DemoState.press([.enter], &state) == [.applyTheme("light")])
        #expect(DemoState.press([.character("q")], &state) == [.quit])
        #expect(DemoState.press([.control("c")], &state) == [.quit])
    }

    @Test func numberKeysTabAndShiftTabSwitchViews() {
        var state = DemoState.make()
        _ = DemoState.press([.character("3")], &state)
        #expect(state.activeView == .calendar)
        _ = DemoState.press([.tab], &state)
        #expect(state.activeView == .runbooks)
        _ = DemoState.press([.tab, .tab], &state)
        #expect(state.activeView == .environments)
        _ = DemoState.press([.backTab], &state)
        #expect(state.activeView == .backups)
    }

    @Test func groupingCyclesAndSortingReordersWithoutLosingTheSelection() {
        var state = DemoState.make()
        _ = DemoState.press([.down, .down, .down], &state)
        let selected = state.environments.selectedID
        _ = DemoState.press([.character("t")], &state)
        #expect(state.environments.grouping == .tier)
        _ = DemoState.press([.character("t"), .character("t")], &state)
        #expect(state.environments.grouping == .none)
        // The marks (the default) → ENVIRONMENT.
        _ = DemoState.press([.character("s")], &state)
        #expect(state.environments.sortColumn == .environment)
        #expect(state.environments.sortAscending)
        let list = EnvironmentList(overview: state.overview, state: state.environments)
        #expect(list.environmentIDs == list.environmentIDs.sorted())
        #expect(state.environments.selectedID == selected)
    }

    @Test func sortingByHealthOrdersByTheHealthColumnItself() {
        var state = DemoState.make()
        // Past the marks and every text and age column to HEALTH, with the tenant groups gone.
        _ = DemoState.press([.character("t"), .character("t"), .character("t")], &state)
        while state.environments.sortColumn != .health { _ = DemoState.press([.character("s")], &state) }
        #expect(state.notice == "sorted by health")
        let rows = EnvironmentList(overview: state.overview, state: state.environments).entries.compactMap { entry -> EnvironmentOverview? in
            if case .environment(let row) = entry { return row }
            return nil
        }
        let severities = rows.map(\.health.severity)
        #expect(severities == severities.sorted(by: >))
        // A row whose mark is crit for its backups alone comes after every health problem.
        let backupOnly = rows.firstIndex { $0.health == .ok && $0.overall == .crit }
        let lastHealthProblem = rows.lastIndex { $0.health != .ok }
        #expect(backupOnly != nil && lastHealthProblem != nil && backupOnly! > lastHealthProblem!)
    }

    @Test func aFixedClockNeverTicks() {
        var state = DemoState.make()
        let before = state.now
        _ = Update.apply(.tick(before.addingTimeInterval(60)), to: &state)
        #expect(state.now == before)
    }

    @Test func aLiveReloadMovesTheClockToItsAnchorSoAgesNeverShrink() {
        var state = DemoState.make()
        state.clockIsFixed = false
        let lastTick = state.now
        // The reload started 4 s after the last tick and anchored "now-12d" there.
        let reloadStart = lastTick.addingTimeInterval(4)
        _ = Update.apply(.snapshotLoaded(DemoState.snapshot(now: reloadStart)), to: &state)
        #expect(state.now == reloadStart)
        let age = Snapshot.text(ShellView.render(state))
        #expect(!age.contains("11d23h") && age.contains("12d"))
        // An older snapshot (an agent's) does not move the clock back; a fixed clock never moves.
        _ = Update.apply(.snapshotLoaded(DemoState.snapshot(now: lastTick)), to: &state)
        #expect(state.now == reloadStart)
        var fixed = DemoState.make()
        _ = Update.apply(.snapshotLoaded(DemoState.snapshot(now: reloadStart)), to: &fixed)
        #expect(fixed.now == DemoState.blackFriday)
    }

    @Test func aReloadKeepsTheSelectedEnvironment() {
        var state = DemoState.make()
        _ = DemoState.press([.down, .down, .down, .down], &state)
        let selected = state.environments.selectedID
        _ = Update.apply(.snapshotLoaded(DemoState.snapshot()), to: &state)
        #expect(state.environments.selectedID == selected)
    }

    @Test func scrollingKeepsTheSelectionOnScreenOnASmallTerminal() {
        var state = DemoState.make(width: 80, height: 14)
        _ = DemoState.press([.end], &state)
        let list = EnvironmentList(overview: state.overview, state: state.environments)
        let index = list.entryIndex(of: state.environments.selectedID)!
        let visible = EnvironmentsLayout.visibleRows(for: state.size)
        #expect(index >= state.environments.scrollOffset && index < state.environments.scrollOffset + visible)
        _ = DemoState.press([.home], &state)
        #expect(state.environments.scrollOffset == 0)
    }
}

@Suite struct SourcesOverlayTests {
    @Test func aNarrowStatusBarDropsTheSourceNameBeforeTheCountOfErrors() {
        for width in [80, 120] {
            var state = DemoState.make(width: width, height: 24)
            var snapshot = state.snapshot!
            snapshot.sourceName = "fixtures /srv/estates/retail"
            snapshot.issues = (0..<11).map { FixtureIssue(path: "estate/10-environments.yaml", line: $0 + 1, field: "environments[\($0)]", message: "not valid YAML", severity: .error) }
            _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
            let statusBar = ShellView.render(state).lines().last ?? ""
            #expect(statusBar.contains("11 source errors (:sources)"), "\(width): \(statusBar)")
            #expect(statusBar.contains("data "), "\(width): the data's age stays: \(statusBar)")
            #expect(statusBar.contains("/srv/estates/retail") == (width == 120), "\(width): \(statusBar)")
        }
    }

    @Test func aLongSourceNameKeepsItsEndAndNeverPushesTheDataAgeOff() {
        let path = "fixtures /work/main/.build/bench-estates/v2-e10000-s40-n20-seed2026"
        for width in [80, 120] {
            var state = DemoState.make(width: width, height: 24)
            var snapshot = state.snapshot!
            snapshot.sourceName = path
            _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
            let statusBar = ShellView.render(state).lines().last ?? ""
            #expect(statusBar.contains("-seed2026 · data 0s old"), "\(width): \(statusBar)")
            #expect(statusBar.hasPrefix(width == 80 ? " fixtures …" : " \(path) ·"), "\(width): \(statusBar)")
            #expect(statusBar.contains(TimeText.minute(state.now, zone: state.viewerZone)), "\(width): the clock stays: \(statusBar)")
        }
        #expect(ShellView.fittedSourceName("demo estate", width: 14) == " demo estate ·")
        #expect(ShellView.fittedSourceName("fixtures /srv/estates/retail-eu", width: 24) == " fixtures …s/retail-eu ·")
        // Too little room for the kind as well: the end alone says more.
        #expect(ShellView.fittedSourceName("fixtures /srv/estates/retail-eu", width: 20) == " …states/retail-eu ·")
        #expect(ShellView.fittedSourceName("agents a.example:9100,b.example:9100", width: 16) == " …example:9100 ·")
        #expect(ShellView.fittedSourceName("fixtures /srv/estates/retail-eu", width: 11) == nil)
    }

    @Test func sourcesOverlayListsLoadProblemsWithFileAndLine() {
        var state = DemoState.make(width: 100, height: 30)
        var snapshot = state.snapshot!
        snapshot.issues = [FixtureIssue(path: "estate/20-signals.yaml", line: 42, field: "signals[3].warn", message: "expected a number", severity: .error)]
        _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
        _ = DemoState.press([.character(":")], &state)
        DemoState.type("sources", &state)
        _ = DemoState.press([.enter], &state)
        #expect(state.mode == .sources)
        let text = ShellView.render(state).lines().joined(separator: "\n")
        #expect(text.contains("1 error, 0 warnings while loading"))
        #expect(text.contains("estate/20-signals.yaml:42: error: signals[3].warn: expected a number"))
        #expect(text.contains("1 source error (:sources)"))
        _ = DemoState.press([.escape], &state)
        #expect(state.mode == .normal)
    }
}

@Suite struct ChangedValuesTests {
    @Test func aReloadMarksExactlyTheValuesThatMoved() {
        var state = DemoState.make()
        #expect(state.changedSignals.isEmpty)
        let snapshot = DemoState.replayedSnapshot()
        _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
        let moved = snapshot.estate.signals.filter { signal in
            DemoState.snapshot().estate.signals.first { $0.identity == signal.identity }?.latest?.value != signal.latest?.value
        }
        #expect(!state.changedSignals.isEmpty)
        #expect(state.changedSignals.identities(in: snapshot.estate.signals) == Set(moved.map(\.identity)))
        _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
        #expect(state.changedSignals.isEmpty, "an unchanged reload clears the marks")
    }

    @Test func aReloadInAnotherOrderOrWithSignalsAddedFindsTheSameChanges() {
        let before = DemoState.snapshot().estate.signals
        var after = DemoState.replayedSnapshot().estate.signals
        let inPlace = ValueChanges(before: before, after: after).identities(in: after)
        #expect(!inPlace.isEmpty)
        after.reverse()
        #expect(ValueChanges(before: before, after: after).identities(in: after) == inPlace)
        after.append(before[0])
        after[after.count - 1].componentID = "new-component"
        #expect(ValueChanges(before: before, after: after).identities(in: after) == inPlace, "a new signal is not a change")
    }
}

@Suite struct MouseInputTests {
    @Test func clickingATabSwitchesTheView() {
        var state = DemoState.make(width: 120, height: 40)
        let rendered = ShellView.render(state).lines()[0]
        let column = rendered.range(of: "3 Calendar").map { rendered.distance(from: rendered.startIndex, to: $0.lowerBound) }!
        _ = Update.apply(.mouse(MouseEvent(kind: .click, x: column + 2, y: 0)), to: &state)
        #expect(state.activeView == .calendar)
    }

    @Test func clickSelectsASecondClickOpensAndTheWheelScrolls() {
        var state = DemoState.make(width: 120, height: 40)
        let list = EnvironmentList(overview: state.overview, state: state.environments)
        // Row 3 of the screen is the first group heading; row 5 the second environment.
        let content = EnvironmentsLayout.contentRect(for: state.size)
        _ = Update.apply(.mouse(MouseEvent(kind: .click, x: 5, y: content.y + 1 + 2)), to: &state)
        guard case .environment(let second) = list.entries[2] else { Issue.record("entry 2 is not an environment"); return }
        #expect(state.environments.selectedID == second.environment.id)
        #expect(state.environments.detailID == nil)
        _ = Update.apply(.mouse(MouseEvent(kind: .click, x: 5, y: content.y + 1 + 2)), to: &state)
        #expect(state.environments.detailID == second.environment.id)
        _ = Update.apply(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 10)), to: &state)
        #expect(state.environments.detailScroll == 3)
    }

    @Test func clickingAGroupHeadingDoesNothing() {
        var state = DemoState.make(width: 120, height: 40)
        let before = state.environments
        _ = Update.apply(.mouse(MouseEvent(kind: .click, x: 5, y: EnvironmentsLayout.contentRect(for: state.size).y + 1)), to: &state)
        #expect(state.environments == before)
    }
}
