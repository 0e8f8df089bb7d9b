import Console
import Foundation
import OpsModel
import OpsSources
import Testing
import TerminalUI

/// Keys in the Calendar view: layouts, lanes, moving the selection and the slot.
@Suite("Calendar view keys")
struct CalendarUpdateTests {
    static func calendar(width: Int = 120, height: Int = 40) -> AppState {
        var state = DemoState.make(width: width, height: height)
        _ = DemoState.press([.character("3")], &state)
        return state
    }

    @Test func tCyclesAgendaWeekMonthWithoutRegroupingEnvironments() {
        var state = Self.calendar()
        let grouping = state.environments.grouping
        var seen: [CalendarLayout] = [state.calendar.layout]
        for _ in 0..<3 {
            _ = DemoState.press([.character("t")], &state)
            seen.append(state.calendar.layout)
        }
        #expect(seen == [.agenda, .week, .month, .agenda])
        #expect(state.environments.grouping == grouping)
    }

    @Test func sSwitchesLanesBetweenEnvironmentsAndTiers() {
        var state = Self.calendar()
        _ = DemoState.press([.character("t"), .character("j")], &state)
        #expect(state.calendar.selectedLaneID == "dr-eu-core")
        _ = DemoState.press([.character("s")], &state)
        #expect(state.calendar.laneKind == .tier)
        #expect(state.calendar.selectedLaneID == nil)
        _ = DemoState.press([.character("j")], &state)
        #expect(state.calendar.selectedLaneID == "regional-production")
        _ = DemoState.press([.character("s")], &state)
        #expect(state.calendar.laneKind == .environment)
    }

    @Test func agendaMovesBetweenItemsAndStopsAtTheEnds() {
        var state = Self.calendar()
        _ = DemoState.press([.character("k")], &state)
        #expect(state.calendar.agendaIndex == 0)
        _ = DemoState.press([.character("j"), .character("j")], &state)
        #expect(state.calendar.agendaIndex == 2)
        _ = DemoState.press([.character("G")], &state)
        let last = state.calendar.agendaIndex
        _ = DemoState.press([.character("j")], &state)
        #expect(state.calendar.agendaIndex == last)
        #expect(state.calendar.agendaScroll > 0)
        _ = DemoState.press([.character("g")], &state)
        #expect(state.calendar.agendaIndex == 0)
        #expect(state.calendar.agendaScroll == 0)
    }

    @Test func weekSlotMovesByOneCellAndPagesByAWeek() throws {
        var state = Self.calendar()
        _ = DemoState.press([.character("t")], &state)
        #expect(state.calendar.cursor == nil)
        // At 120 columns a cell is two hours; 09:00 lies in the 08:00 cell.
        _ = DemoState.press([.right], &state)
        #expect(state.calendar.cursor == ISO8601.parse("2026-11-27T10:00:00Z"))
        _ = DemoState.press([.left, .left], &state)
        #expect(state.calendar.cursor == ISO8601.parse("2026-11-27T06:00:00Z"))
        _ = DemoState.press([.pageDown], &state)
        #expect(state.calendar.cursor == ISO8601.parse("2026-12-04T06:00:00Z"))
        _ = DemoState.press([.character("g")], &state)
        #expect(state.calendar.cursor == nil)
    }

    @Test func monthMovesByDays() {
        var state = Self.calendar()
        _ = DemoState.press([.character("t"), .character("t"), .right, .right, .right, .right, .right], &state)
        #expect(state.calendar.cursor == ISO8601.parse("2026-12-02T09:00:00Z"))
        let screen = ShellView.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("Month December 2026"))
        // Deploying prod-eu-core on 2 December is still frozen: same answer as `opsdeck check`.
        #expect(screen.contains("NO-GO  prod-eu-core at Wed 2 Dec 09:00 UTC"))
    }

    @Test func filterNarrowsLanesAndRepairsTheSelection() {
        var state = Self.calendar()
        _ = DemoState.press([.character("t"), .character("j"), .character("/")], &state)
        DemoState.type("harbour", &state)
        _ = DemoState.press([.enter], &state)
        #expect(state.calendar.filter == "harbour")
        #expect(state.calendar.selectedLaneID == "prod-us-harbour")
        let screen = ShellView.render(state).lines().joined(separator: "\n")
        #expect(!screen.contains("prod-eu-core "))
        #expect(screen.contains("dev-us-harbour"))
    }

    @Test func weekReadinessForAnOpenNonProductionLaneIsGo() {
        var state = Self.calendar()
        _ = DemoState.press([.character("t"), .character("j"), .character("j"), .character("j")], &state)
        #expect(state.calendar.selectedLaneID == "dev-eu-core")
        let screen = ShellView.render(state).lines().joined(separator: "\n")
        #expect(screen.contains("GO  dev-eu-core at Fri 27 Nov 09:00 UTC for 1h30m"))
        #expect(screen.contains("guardrails do not apply to this tier: calendar only"))
    }
}
