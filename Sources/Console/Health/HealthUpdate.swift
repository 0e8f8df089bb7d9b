import TerminalUI

/// How the Health view reacts to actions; called by `Update` when the view is active.
///
/// In the list, moves change the selected environment and Enter/Right drills in (the `/` text
/// then narrows signals; the environment filter is kept and restored on the way back). Drilled
/// in, moves scroll the detail and Esc/Left go back.
enum HealthUpdate {
    /// Handles an action from the keymap; returns true when the view used it.
    static func perform(_ action: Action, state: inout AppState) -> (handled: Bool, commands: [Command]) {
        if state.health.detailID != nil {
            return (performInDetail(action, state: &state), [])
        }
        return (performInList(action, state: &state), [])
    }

    /// Called after the `/` filter text changed, to repair selection and scroll.
    static func filterChanged(state: inout AppState) {
        if state.health.detailID != nil {
            state.health.detailScroll = 0
            return
        }
        state.health.listScroll = 0
        Update.refreshLists(&state)
        let list = state.healthList
        if state.health.selectedID == nil || list.index(of: state.health.selectedID) == nil {
            state.health.selectedID = list.isEmpty ? nil : list.id(at: 0)
        }
        keepSelectionVisible(&state)
    }

    /// The text that narrows the environment list (kept aside while drilled in).
    static func listFilter(_ health: HealthState) -> String {
        health.detailID == nil ? health.filter : health.listFilter
    }

    private static func performInList(_ action: Action, state: inout AppState) -> Bool {
        let list = state.healthList
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            guard !list.isEmpty else { return true }
            let current = list.index(of: state.health.selectedID) ?? 0
            let page = max(1, HealthLayout.visibleListRows(for: state.size) - 1)
            let target = Navigation.step(action, from: current, page: page, last: list.count - 1) ?? current
            state.health.selectedID = list.id(at: target)
            keepSelectionVisible(&state)
            return true
        case .drillIn:
            guard let index = list.index(of: state.health.selectedID) else { return true }
            state.health.selectedID = list.id(at: index)
            state.health.detailID = list.id(at: index)
            state.health.detailScroll = 0
            state.health.listFilter = state.health.filter
            state.health.filter = ""
            return true
        case .back:
            guard !state.health.filter.isEmpty else { return false }
            state.health.filter = ""
            filterChanged(state: &state)
            return true
        default:
            return false
        }
    }

    private static func performInDetail(_ action: Action, state: inout AppState) -> Bool {
        let page = max(1, HealthLayout.detailBodyRows(for: state.size) - 1)
        var scroll = state.health.detailScroll
        if let moved = Navigation.step(action, from: scroll, page: page, last: Navigation.unboundedScroll) {
            scroll = moved
        }
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            break
        case .drillIn:
            // Enter in the detail: the runbook for the worst signal or alert that has one, filled for this environment.
            if let detailID = state.health.detailID, let link = HealthRunbookLink.best(environmentID: detailID, state: state) {
                RunbooksUpdate.open(runbookID: link.runbookID, environmentID: detailID, componentID: link.componentID, state: &state)
            } else {
                state.notice = "no runbook is linked to this environment's signals or alerts"
            }
            return true
        case .back:
            state.health.detailID = nil
            state.health.detailScroll = 0
            state.health.filter = state.health.listFilter
            state.health.listFilter = ""
            keepSelectionVisible(&state)
            return true
        default: return false
        }
        // Clamped here, not only when drawing, so Up after End moves at once.
        state.health.detailScroll = min(max(0, scroll), HealthDetail.maxScroll(state))
        return true
    }

    private static func keepSelectionVisible(_ state: inout AppState) {
        Update.refreshLists(&state)
        let list = state.healthList
        let visible = HealthLayout.visibleListRows(for: state.size)
        guard let index = list.index(of: state.health.selectedID) else {
            state.health.listScroll = 0
            return
        }
        let offset = Table.scrollOffset(keeping: index, visibleRows: visible, current: state.health.listScroll)
        state.health.listScroll = min(offset, max(0, list.count - visible))
    }
}
