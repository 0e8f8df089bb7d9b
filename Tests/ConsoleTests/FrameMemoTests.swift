import Foundation
import OpsModel
import OpsSources
import Testing
import TerminalTestSupport
import TerminalUI
@testable import Console

/// A view's kept frame is shown again only when it is what drawing the state afresh gives.
@Suite struct FrameMemoTests {
    @Test func everyPropertyOfTheStateIsAnInputOrDerivedFromOne() {
        let state = DemoState.make()
        let stateProperties = Set(Mirror(reflecting: state).children.compactMap(\.label))
        let inputs = Set(Mirror(reflecting: FrameInputs(state)).children.compactMap(\.label))
        // A property added to AppState must be compared by FrameInputs or listed as derived.
        #expect(stateProperties.subtracting(inputs).subtracting(FrameInputs.derivedProperties).isEmpty,
                "not accounted for: \(stateProperties.subtracting(inputs).subtracting(FrameInputs.derivedProperties).sorted())")
        #expect(inputs.isSubset(of: stateProperties))
        #expect(FrameInputs.derivedProperties.isSubset(of: stateProperties))
    }

    @Test func switchingBackToAnUnchangedViewShowsTheKeptFrame() {
        var state = DemoState.make()
        let memo = FrameMemo()
        var drawn = 0
        let render = { (state: AppState) -> Buffer in drawn += 1; return ShellView.render(state) }
        _ = memo.frame(for: state, render: render)
        _ = DemoState.press([.character("2")], &state)
        _ = memo.frame(for: state, render: render)
        _ = DemoState.press([.character("1")], &state)
        let again = memo.frame(for: state, render: render)
        #expect(drawn == 2)
        #expect(again == ShellView.render(state))
        // Anything else that changes draws again: here, the selection.
        _ = DemoState.press([.down], &state)
        #expect(memo.frame(for: state, render: render) == ShellView.render(state))
        #expect(drawn == 3)
    }

    @Test func randomKeysTicksAndSnapshotsDrawWhatAFreshStateDraws() {
        var generator = SeededGenerator(state: 2026)
        var state = DemoState.make()
        state.clockIsFixed = false
        let memo = FrameMemo()
        let keys: [Key] = [
            .character("1"), .character("2"), .character("3"), .character("4"), .character("5"), .character("1"), .character("2"),
            .down, .up, .pageDown, .enter, .escape, .tab, .character("/"), .character("p"), .character("r"), .character("o"),
            .backspace, .character("?"), .character("a"), .character("w"), .character("m"), .character("s"), .character("g"),
            .character(":"), .home, .end, .left, .right,
        ]
        var snapshot = DemoState.snapshot()
        for step in 0..<600 {
            switch Int.random(in: 0..<20, using: &generator) {
            case 0:
                _ = Update.apply(.tick(state.now.addingTimeInterval(Double(Int.random(in: 0..<900, using: &generator)))), to: &state)
            case 1:
                // New data: one signal's collector fails or recovers.
                let index = Int.random(in: 0..<snapshot.estate.signals.count, using: &generator)
                snapshot.estate.signals[index].error = snapshot.estate.signals[index].error == nil ? "collector timed out" : nil
                _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
            case 2:
                _ = Update.apply(.resized(Bool.random(using: &generator) ? Size(width: 80, height: 24) : Size(width: 120, height: 40)), to: &state)
            default:
                _ = DemoState.press([keys[Int.random(in: 0..<keys.count, using: &generator)]], &state)
            }
            let kept = memo.frame(for: state) { ShellView.render($0) }
            #expect(kept == ShellView.render(state), "step \(step), view \(state.activeView)")
        }
    }
}
