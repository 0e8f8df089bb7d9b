import TerminalUI

/// What the shell shows around each view: where you are (breadcrumbs) and the keys that matter there.
enum ViewChrome {
    /// The path after `Estate › View`, e.g. the drilled-in environment or the open runbook.
    static func breadcrumbs(_ state: AppState) -> [String] {
        switch state.activeView {
        case .environments:
            return ["by \(state.environments.grouping.rawValue)"] + (state.environments.detailID.map { [$0] } ?? [])
        case .health:
            return state.health.detailID.map { [$0] } ?? []
        case .calendar:
            return [state.calendar.layout.rawValue, "by \(state.calendar.laneKind.rawValue)"]
        case .runbooks:
            return state.runbooks.openID.map { [$0] } ?? []
        case .backups:
            return state.backups.detailID.map { [$0] } ?? []
        }
    }

    /// How many columns a narrow screen hides in the active list (said plainly on the breadcrumb row).
    static func hiddenColumns(_ state: AppState) -> Int {
        guard state.activeView == .environments, state.environments.detailID == nil else { return 0 }
        let columns = EnvironmentColumn.allCases.map { EnvironmentsLayout.columns[$0]! }
        return columns.count - Table.layoutColumns(columns, width: max(0, state.size.width - 1)).count
    }

    /// Whether the active view shows one item's detail (so Esc goes back rather than clearing).
    static func isDrilledIn(_ state: AppState) -> Bool {
        switch state.activeView {
        case .environments: return state.environments.detailID != nil
        case .health: return state.health.detailID != nil
        case .calendar: return false
        case .runbooks: return state.runbooks.openID != nil
        case .backups: return state.backups.detailID != nil
        }
    }

    /// The view's own hints, shown before the global ones.
    static func hints(_ state: AppState, keymap: Keymap) -> [KeyHint] {
        func hint(_ action: Action, _ label: String) -> KeyHint {
            KeyHint(key: keymap.keys(for: action).first?.description ?? "?", label: label)
        }
        let drilledIn = isDrilledIn(state)
        switch state.activeView {
        case .environments:
            return drilledIn
                ? [hint(.back, "back"), hint(.moveDown, "scroll")]
                : [hint(.drillIn, "open"), hint(.filter, "filter"), hint(.cycleGrouping, "group"), hint(.sortNext, "sort")]
        case .health:
            return drilledIn
                ? [hint(.back, "back"), hint(.moveDown, "scroll"), hint(.drillIn, "runbook"), hint(.filter, "filter signals")]
                : [hint(.drillIn, "open"), hint(.filter, "filter")]
        case .calendar:
            return [hint(.calendarAgenda, "agenda"), hint(.calendarWeek, "week"), hint(.calendarMonth, "month")]
        case .runbooks:
            return drilledIn
                ? [hint(.back, "back"), hint(.sortNext, "next command"), hint(.copyCommand, "copy"), hint(.toggleStep, "tick step"), hint(.addNote, "note"), hint(.startIncident, "incident")]
                : [hint(.drillIn, "open"), hint(.filter, "search")]
        case .backups:
            return drilledIn
                ? [hint(.back, "back"), hint(.moveDown, "scroll")]
                : [hint(.drillIn, "open"), hint(.filter, "filter")]
        }
    }
}
