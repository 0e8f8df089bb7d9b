import Foundation
import OpsModel
import OpsSources
import Testing
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
        var generator = SeededRandom(seed: 2026)
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
            switch generator.next() % 20 {
            case 0:
                _ = Update.apply(.tick(state.now.addingTimeInterval(Double(generator.next() % 900))), to: &state)
            case 1:
                // New data: one signal's collector fails or recovers.
                let index = Int(generator.next() % UInt64(snapshot.estate.signals.count))
                snapshot.estate.signals[index].error = snapshot.estate.signals[index].error == nil ? "collector timed out" : nil
                _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
            case 2:
                _ = Update.apply(.resized(generator.next() % 2 == 0 ? Size(width: 80, height: 24) : Size(width: 120, height: 40)), to: &state)
            default:
                _ = DemoState.press([keys[Int(generator.next() % UInt64(keys.count))]], &state)
            }
            let kept = memo.frame(for: state) { ShellView.render($0) }
            #expect(kept == ShellView.render(state), "step \(step), view \(state.activeView)")
        }
    }
}

/// A small seeded generator, so a failing sequence reproduces.
private struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 16
    }
}
