import Foundation
import OpsModel
import OpsSources
import Testing
import TerminalUI
@testable import Console

/// The Health detail is remembered between frames: every change of what it shows must still
/// show, exactly as a state built afresh draws it.
@Suite struct HealthDetailMemoTests {
    static func screen(_ state: AppState) -> String {
        Snapshot.text(ShellView.render(state))
    }

    /// The same state drawn without any remembered detail.
    static func fresh(_ state: AppState) -> String {
        var copy = state
        copy.healthDetailMemo = HealthDetailMemo()
        copy.healthEntryMemo = HealthEntryMemo()
        return screen(copy)
    }

    /// Health, with the worst environment's detail beside the list.
    static func healthState() -> AppState {
        var state = DemoState.make()
        _ = DemoState.press([.character("2")], &state)
        return state
    }

    @Test func aNewSnapshotAtTheSameInstantIsShown() {
        // Drilled into the first environment, its signals narrowed to one.
        var state = Self.healthState()
        let shown = state.healthList.ids[0]
        var snapshot = DemoState.snapshot()
        let index = snapshot.estate.signals.firstIndex { $0.environmentID == shown }!
        _ = DemoState.press([.enter, .character("/")], &state)
        DemoState.type(snapshot.estate.signals[index].name, &state)
        _ = DemoState.press([.enter], &state)
        let before = Self.screen(state)
        // That signal's collector fails in the next snapshot, read at the same instant.
        snapshot.estate.signals[index].error = "collector timed out"
        _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
        let after = Self.screen(state)
        // The detail's header counts the failed signal as unknown (its row is further down).
        #expect(!before.contains("4 warn · 1 unknown") && after.contains("4 warn · 1 unknown"))
        #expect(after != before)
        #expect(after == Self.fresh(state))
    }

    /// States are values: two copies of one state that each take a different snapshot share the
    /// memo objects, and each must still draw its own data (a benchmark tries one edit per copy).
    @Test func copiesOfAStateThatTookDifferentSnapshotsEachShowTheirOwn() {
        var state = Self.healthState()
        _ = DemoState.press([.enter], &state)
        let shown = state.healthList.ids[0]
        let snapshot = DemoState.snapshot()
        let indices = snapshot.estate.signals.indices.filter { snapshot.estate.signals[$0].environmentID == shown }
        #expect(indices.count > 4)
        for index in indices.prefix(8) {
            var changed = snapshot
            let last = changed.estate.signals[index].samples.count - 1
            // A small move: the verdict stays, only the number on screen changes.
            changed.estate.signals[index].samples[last].value = (changed.estate.signals[index].samples[last].value * 1.04).rounded() + 1
            var copy = state
            _ = Update.apply(.snapshotLoaded(changed), to: &copy)
            #expect(Self.screen(copy) == Self.fresh(copy), "signal \(index)")
        }
    }

    @Test func aValueThatMovedAtTheReloadIsUnderlinedInTheDetailAndNoOther() throws {
        var state = Self.healthState()
        let shown = state.healthList.ids[0]
        var snapshot = DemoState.snapshot()
        let index = try #require(snapshot.estate.signals.firstIndex { $0.environmentID == shown && $0.samples.count > 1 })
        let last = snapshot.estate.signals[index].samples.count - 1
        snapshot.estate.signals[index].samples[last].value += 1
        _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
        #expect(state.changedSignals.count == 1)
        let detail = try #require(HealthDetail.make(state: state, environmentID: shown, width: 120))
        // Links are underlined too; a value is not a link.
        let marked = { (span: Span) in span.style.attributes.contains(.underline) && span.style.role != .link }
        let underlined = detail.body.flatMap(\.spans).filter(marked)
        #expect(underlined.count == 1)
        let value = ValueText.value(snapshot.estate.signals[index].latest?.value, unit: snapshot.estate.signals[index].unit)
        #expect(underlined.first?.text.trimmingCharacters(in: .whitespaces) == value.trimmingCharacters(in: .whitespaces))
        // The next reload of the same data clears the mark.
        _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
        let again = try #require(HealthDetail.make(state: state, environmentID: shown, width: 120))
        #expect(!again.body.flatMap(\.spans).contains(where: marked))
    }

    @Test func aNewSnapshotChangesTheListLinesItTouches() {
        // 80x24: the list takes the whole width, with the processes hit.
        var state = DemoState.make(width: 80, height: 24)
        _ = DemoState.press([.character("2")], &state)
        let worst = state.healthList.ids[0]
        let before = Self.screen(state)
        // Every signal of the worst environment stops reporting: no process is hit any more.
        var snapshot = DemoState.snapshot()
        for index in snapshot.estate.signals.indices where snapshot.estate.signals[index].environmentID == worst {
            snapshot.estate.signals[index].error = "collector timed out"
        }
        _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
        let after = Self.screen(state)
        let line = { (screen: String) in screen.split(separator: "\n").first { $0.contains(worst) }.map(String.init) ?? "" }
        #expect(line(before).contains("order-capture"))
        #expect(!line(after).contains("order-capture"))
        #expect(after == Self.fresh(state))
    }

    @Test func selectionFilterAndSizeEachBuildTheDetailAgain() {
        var state = Self.healthState()
        _ = Self.screen(state)
        _ = DemoState.press([.down], &state)
        #expect(Self.screen(state) == Self.fresh(state))
        _ = Update.apply(.resized(Size(width: 160, height: 50)), to: &state)
        #expect(Self.screen(state) == Self.fresh(state))
        _ = DemoState.press([.enter], &state)
        DemoState.type("/pg", &state)
        #expect(Self.screen(state) == Self.fresh(state))
    }

    @Test func aTickIsShown() {
        var state = Self.healthState()
        state.clockIsFixed = false
        let before = Self.screen(state)
        _ = Update.apply(.tick(state.now.addingTimeInterval(3_600)), to: &state)
        #expect(Self.screen(state) != before)
        #expect(Self.screen(state) == Self.fresh(state))
    }
}
