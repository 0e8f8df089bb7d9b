import Foundation
import OpsModel
import TerminalUI

/// How the Calendar view reacts to actions and keys; called by `Update` when the view is active.
///
/// `a`/`w`/`m` pick agenda, week or month (`t` cycles them); `s` switches lanes between
/// environments and tiers; j/k move the agenda item or the lane; `[`/`]` (and ←/→) move the
/// slot by one cell (week) or day (month); PgUp/PgDn move a week; g (moveToTop) returns to now.
enum CalendarUpdate {
    /// Handles an action from the keymap; returns true when the view used it.
    static func perform(_ action: Action, state: inout AppState) -> (handled: Bool, commands: [Command]) {
        switch action {
        case .calendarAgenda, .calendarWeek, .calendarMonth:
            state.calendar.layout = action == .calendarAgenda ? .agenda : (action == .calendarWeek ? .week : .month)
            state.notice = "calendar: \(state.calendar.layout.rawValue)"
            return (true, [])
        case .cycleGrouping:
            state.calendar.layout = state.calendar.layout.next
            state.notice = "calendar: \(state.calendar.layout.rawValue)"
            return (true, [])
        case .sortNext, .sortReverse:
            state.calendar.laneKind = state.calendar.laneKind.next
            state.calendar.selectedLaneID = nil
            state.calendar.agendaIndex = 0
            state.calendar.agendaScroll = 0
            state.calendar.laneScroll = 0
            state.notice = "calendar lanes: per \(state.calendar.laneKind.rawValue)"
            return (true, [])
        default:
            break
        }
        switch state.calendar.layout {
        case .agenda: return (moveInAgenda(action, state: &state), [])
        case .week, .month: return (moveInGrid(action, state: &state), [])
        }
    }

    /// Called after the `/` filter text changed, to repair selection and scroll.
    static func filterChanged(state: inout AppState) {
        let lanes = CalendarLane.lanes(state)
        if !lanes.contains(where: { $0.id == state.calendar.selectedLaneID }) {
            state.calendar.selectedLaneID = lanes.first?.id
        }
        state.calendar.agendaIndex = 0
        state.calendar.agendaScroll = 0
        state.calendar.laneScroll = 0
    }

    /// Rows the agenda or the grid gets on the current screen (as `CalendarView` lays it out).
    static func gridHeight(_ state: AppState) -> Int {
        let content = EnvironmentsLayout.contentRect(for: state.size).height
        return max(1, content - 2 - ReadinessPanel.height(for: content))
    }

    private static func moveInAgenda(_ action: Action, state: inout AppState) -> Bool {
        let agenda = CalendarAgenda(CalendarContext(state))
        let count = agenda.selectable.count
        let page = max(1, gridHeight(state) - 1)
        let current = min(max(0, state.calendar.agendaIndex), max(0, count - 1))
        guard let index = Navigation.step(action, from: current, page: page, last: count - 1) else { return false }
        state.calendar.agendaIndex = index
        let line = agenda.selectedLine(state.calendar)
        state.calendar.agendaScroll = CalendarAgendaView.scrollOffset(selectedLine: line, current: state.calendar.agendaScroll, height: gridHeight(state), count: agenda.lines.count)
        return true
    }

    private static func moveInGrid(_ action: Action, state: inout AppState) -> Bool {
        let viewer = ViewerCalendar(zone: state.viewerZone)
        let cursor = state.calendar.cursor ?? state.now
        let hours = WeekGeometry(width: state.size.width).hoursPerCell
        let isWeek = state.calendar.layout == .week
        switch action {
        case .moveUp, .moveDown, .moveToBottom:
            let lanes = CalendarLane.lanes(state)
            guard !lanes.isEmpty else { return true }
            let current = CalendarLane.selected(state, in: lanes)?.index ?? 0
            let target = action == .moveToBottom ? lanes.count - 1 : current + (action == .moveUp ? -1 : 1)
            let index = min(max(0, target), lanes.count - 1)
            state.calendar.selectedLaneID = lanes[index].id
            state.calendar.laneScroll = CalendarWeekView.laneOffset(selected: index, current: state.calendar.laneScroll, rows: gridHeight(state) - 2, count: lanes.count)
        case .back, .drillIn, .earlierSlot, .laterSlot:
            let step = action == .back || action == .earlierSlot ? -1 : 1
            state.calendar.cursor = isWeek
                ? viewer.bucketStart(cursor, hours: hours).addingTimeInterval(Double(step * hours) * 3600)
                : viewer.adding(days: step, to: cursor)
        case .pageUp, .pageDown:
            state.calendar.cursor = viewer.adding(days: action == .pageUp ? -7 : 7, to: cursor)
        case .moveToTop:
            state.calendar.cursor = nil
        default:
            return false
        }
        return true
    }
}
