import Foundation
import Testing
import TerminalUI
@testable import Console

/// Moving, drilling in and out, and filtering in the Health view.
@Suite struct HealthUpdateTests {
    static func healthState(width: Int = 120, height: Int = 40) -> AppState {
        var state = DemoState.make(width: width, height: height)
        _ = DemoState.press([.character("2")], &state)
        return state
    }

    static func ids(_ state: AppState) -> [String] {
        HealthEnvironmentList(overview: state.overview, filter: HealthUpdate.listFilter(state.health)).ids
    }

    @Test func environmentsAreOrderedWorstFirst() {
        let state = Self.healthState()
        let ids = Self.ids(state)
        #expect(ids.first == "prod-de-nordkauf")
        #expect(Array(ids.prefix(5)) == ["prod-de-nordkauf", "prod-us-harbour", "prod-au-harbour", "test-de-nordkauf", "dr-us-harbour"])
    }

    @Test func movingSelectsAndClampsAtTheEnds() {
        var state = Self.healthState()
        _ = DemoState.press([.down], &state)
        #expect(state.health.selectedID == "prod-us-harbour")
        _ = DemoState.press([.up, .up, .up], &state)
        #expect(state.health.selectedID == "prod-de-nordkauf")
        _ = DemoState.press([.end], &state)
        #expect(state.health.selectedID == Self.ids(state).last)
        _ = DemoState.press([.home], &state)
        #expect(state.health.selectedID == "prod-de-nordkauf")
        _ = DemoState.press([.pageDown], &state)
        #expect(state.health.selectedID != "prod-de-nordkauf")
    }

    @Test func drillInAndBack() {
        var state = Self.healthState()
        _ = DemoState.press([.enter], &state)
        #expect(state.health.detailID == "prod-de-nordkauf")
        #expect(state.activeView == .health)
        _ = DemoState.press([.down, .down, .pageDown], &state)
        #expect(state.health.detailScroll > 2)
        _ = DemoState.press([.escape], &state)
        #expect(state.health.detailID == nil)
        #expect(state.health.detailScroll == 0)
        _ = DemoState.press([.down, .right], &state)
        #expect(state.health.detailID == "prod-us-harbour")
        _ = DemoState.press([.left], &state)
        #expect(state.health.detailID == nil)
        #expect(state.health.selectedID == "prod-us-harbour")
    }

    @Test func detailScrollIsClampedSoUpMovesAtOnce() {
        var state = Self.healthState(width: 80, height: 24)
        _ = DemoState.press([.enter, .end], &state)
        let bottom = state.health.detailScroll
        #expect(bottom > 0 && bottom < 1000)
        _ = DemoState.press([.up], &state)
        #expect(state.health.detailScroll == bottom - 1)
        _ = DemoState.press([.home], &state)
        #expect(state.health.detailScroll == 0)
    }

    @Test func filterNarrowsEnvironmentsThenSignals() {
        var state = Self.healthState()
        _ = DemoState.press([.character("/")], &state)
        DemoState.type("harbour", &state)
        #expect(Self.ids(state).allSatisfy { $0.contains("harbour") })
        #expect(state.health.selectedID == "prod-us-harbour")
        _ = DemoState.press([.enter], &state)  // keeps the filter
        _ = DemoState.press([.enter], &state)  // drills in
        #expect(state.health.detailID == "prod-us-harbour")
        #expect(state.health.filter.isEmpty)
        // Drilled in, `/` narrows the signals.
        _ = DemoState.press([.character("/")], &state)
        DemoState.type("redis", &state)
        _ = DemoState.press([.enter], &state)
        let detail = HealthDetail.make(state: state, environmentID: "prod-us-harbour", width: 120)
        let text = detail?.body.map(\.plainText).joined(separator: "\n") ?? ""
        #expect(text.contains("Redis memory used"))
        #expect(!text.contains("Waiting locks"))
        // Back restores the environment filter.
        _ = DemoState.press([.escape], &state)
        #expect(state.health.detailID == nil)
        #expect(state.health.filter == "harbour")
        _ = DemoState.press([.escape], &state)
        #expect(state.health.filter.isEmpty)
    }

    @Test func emptyFilterResultKeepsWorking() {
        var state = Self.healthState()
        _ = DemoState.press([.character("/")], &state)
        DemoState.type("no-such-thing", &state)
        #expect(Self.ids(state).isEmpty)
        _ = DemoState.press([.down, .enter], &state)
        #expect(state.health.detailID == nil)
    }
}
