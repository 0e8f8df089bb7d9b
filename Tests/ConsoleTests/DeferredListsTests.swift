import Foundation
import OpsModel
import OpsSources
import Testing
import TerminalUI
@testable import Console

/// The lists of the views the first frame does not show are made when first read, or ahead of
/// time by `DerivedViews.prepare`: either way they are what deriving them at once gives,
/// narrowed by any filter typed meanwhile.
@Suite struct DeferredListsTests {
    private static func derived(_ snapshot: SourceSnapshot, for state: AppState) -> DerivedViews {
        DerivedViews(estate: snapshot.estate, now: state.now, settings: DerivedViews.Settings(state))
    }

    private static func loaded(_ snapshot: SourceSnapshot, _ derived: DerivedViews, for state: AppState) -> Message {
        .snapshotDerived(snapshot, derived, changed: ChangedSignals(since: state.snapshotGeneration, before: state.estate.signals, after: snapshot.estate.signals))
    }

    /// The console's first load starts before its state is made, with these settings.
    @Test func theSettingsAtStartAreThoseOfANewState() {
        let state = AppState(now: Date(timeIntervalSince1970: 0), clockIsFixed: true, viewerZone: .gmt, readOnly: false,
                             themeName: "default-dark", size: .zero, glyphs: .unicode)
        #expect(DerivedViews.Settings.atStart == DerivedViews.Settings(state))
    }

    @Test func onlyTheEnvironmentsListIsMadeAtOnce() {
        let state = DemoState.make()
        let derived = Self.derived(DemoState.snapshot(), for: state)
        #expect(!derived.healthList.list.isReady)
        #expect(!derived.backupsList.list.isReady)
        #expect(!derived.plannedReleases.isReady)
        derived.prepare()
        #expect(derived.healthList.list.isReady)
        #expect(derived.backupsList.list.isReady)
        #expect(derived.plannedReleases.isReady)
    }

    @Test func theListOfTheViewOnScreenIsMadeAtOnce() {
        var state = DemoState.make()
        _ = DemoState.press([.character("2")], &state)
        let derived = Self.derived(DemoState.snapshot(), for: state)
        #expect(derived.healthList.list.isReady)
        #expect(!derived.backupsList.list.isReady)
        #expect(!derived.plannedReleases.isReady)
    }

    @Test func keysOnAnotherViewLeaveAListNobodyReadsAsItIs() {
        var state = DemoState.make()
        let snapshot = DemoState.snapshot()
        let derived = Self.derived(snapshot, for: state)
        _ = Update.apply(Self.loaded(snapshot, derived, for: state), to: &state)
        _ = DemoState.press(Array(repeating: Key.character("j"), count: 20), &state)
        #expect(state.deferredHealthList.list === derived.healthList.list, "no new list per key")
        #expect(state.deferredBackupsList.list === derived.backupsList.list)
        #expect(!derived.healthList.list.isReady, "and nothing made it")
    }

    @Test func aListReadLaterIsNarrowedByTheFilterTypedMeanwhile() {
        var state = DemoState.make()
        let snapshot = DemoState.snapshot()
        let derived = Self.derived(snapshot, for: state)
        // Derived with no filter; "harb" typed on Backups before it arrived.
        _ = DemoState.press([.character("5"), .character("/")], &state)
        DemoState.type("harb", &state)
        let narrowed = state.backupsList.entries.map(\.id)
        #expect(!narrowed.isEmpty && narrowed.count < state.estate.environments.count)
        _ = Update.apply(Self.loaded(snapshot, derived, for: state), to: &state)
        #expect(state.backupsList.entries.map(\.id) == narrowed)
        #expect(derived.backupsList.value.entries.count == state.estate.environments.count, "the derived list itself is unfiltered")
    }

    @Test func preparedAndUnpreparedListsDrawTheSameScreens() {
        let snapshot = DemoState.snapshot()
        var prepared = DemoState.make()
        var unprepared = DemoState.make()
        let early = Self.derived(snapshot, for: prepared)
        early.prepare()
        _ = Update.apply(Self.loaded(snapshot, early, for: prepared), to: &prepared)
        _ = Update.apply(Self.loaded(snapshot, Self.derived(snapshot, for: unprepared), for: unprepared), to: &unprepared)
        for view in ["2", "3", "5"] {
            _ = DemoState.press([.character(Character(view))], &prepared)
            _ = DemoState.press([.character(Character(view))], &unprepared)
            #expect(Snapshot.text(ShellView.render(prepared)) == Snapshot.text(ShellView.render(unprepared)), "view \(view)")
        }
    }
}
