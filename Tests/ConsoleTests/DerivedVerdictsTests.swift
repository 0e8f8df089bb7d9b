import Console
import Foundation
import OpsModel
import OpsSources
import Testing
import TerminalUI

/// A large estate's verdicts are derived off the main thread (`snapshotDerived`, `tickDerived`):
/// the screen must be what deriving on the main thread gives, and verdicts of another snapshot
/// or another clock must never be shown.
@Suite struct DerivedVerdictsTests {
    private static func live(now: Date = DemoState.blackFriday) -> AppState {
        var state = DemoState.make(now: now)
        state.clockIsFixed = false
        return state
    }

    @Test func aSnapshotWithItsVerdictsDrawsWhatDerivingHereDraws() {
        let snapshot = DemoState.snapshot()
        var here = DemoState.make()
        var derived = DemoState.make()
        _ = Update.apply(.snapshotLoaded(snapshot), to: &here)
        _ = Update.apply(.snapshotDerived(snapshot, EstateOverview(estate: snapshot.estate, now: derived.now)), to: &derived)
        #expect(derived.overallCounts == here.overallCounts)
        for view in ["1", "2", "4"] {
            _ = DemoState.press([.character(Character(view))], &here)
            _ = DemoState.press([.character(Character(view))], &derived)
            #expect(Snapshot.text(ShellView.render(derived)) == Snapshot.text(ShellView.render(here)), "view \(view)")
        }
    }

    @Test func verdictsBehindTheClockAreDerivedAgainAndLaterOnesMoveALiveClock() {
        var state = Self.live()
        let earlier = state.now.addingTimeInterval(-60)
        let snapshot = DemoState.snapshot(now: earlier)
        // Derived before a tick taken meanwhile: the state derives its own at its clock.
        _ = Update.apply(.snapshotDerived(snapshot, EstateOverview(estate: snapshot.estate, now: earlier)), to: &state)
        #expect(state.now == DemoState.blackFriday)
        #expect(state.overview?.now == state.now)
        // Derived at the present, past the last tick: a live clock moves there, as a tick would.
        let later = state.now.addingTimeInterval(7)
        _ = Update.apply(.snapshotDerived(snapshot, EstateOverview(estate: snapshot.estate, now: later)), to: &state)
        #expect(state.now == later)
        #expect(state.overview?.now == later)
        // A fixed clock never moves.
        var fixed = DemoState.make()
        _ = Update.apply(.snapshotDerived(snapshot, EstateOverview(estate: snapshot.estate, now: later)), to: &fixed)
        #expect(fixed.now == DemoState.blackFriday)
        #expect(fixed.overview?.now == DemoState.blackFriday)
    }

    @Test func aDerivedTickMovesTheClockOnlyForTheSnapshotItWasDerivedFrom() {
        var state = Self.live()
        let generation = state.snapshotGeneration
        let estate = state.snapshot!.estate
        let later = state.now.addingTimeInterval(600)
        _ = Update.apply(.tickDerived(EstateOverview(estate: estate, now: later), snapshotGeneration: generation), to: &state)
        #expect(state.now == later)
        #expect(state.overview?.now == later)

        // A reload arrived while the next tick was being derived: that tick is dropped.
        let reload = later.addingTimeInterval(5)
        _ = Update.apply(.snapshotLoaded(DemoState.snapshot(now: reload)), to: &state)
        #expect(state.snapshotGeneration != generation)
        _ = Update.apply(.tickDerived(EstateOverview(estate: estate, now: reload.addingTimeInterval(60)), snapshotGeneration: generation), to: &state)
        #expect(state.now == reload)
        #expect(state.overview?.now == reload)

        // A tick older than the clock never moves it back.
        let current = state.snapshotGeneration
        _ = Update.apply(.tickDerived(EstateOverview(estate: state.snapshot!.estate, now: later), snapshotGeneration: current), to: &state)
        #expect(state.now == reload)
    }

    @Test func aFixedClockIgnoresDerivedTicks() {
        var state = DemoState.make()
        let before = state.now
        _ = Update.apply(.tickDerived(EstateOverview(estate: state.snapshot!.estate, now: before.addingTimeInterval(60)), snapshotGeneration: state.snapshotGeneration), to: &state)
        #expect(state.now == before)
    }
}
