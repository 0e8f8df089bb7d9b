import TerminalUI

/// How the Backups view reacts to actions; called by `Update` when the view is active.
enum BackupsUpdate {
    /// Handles an action from the keymap; returns true when the view used it.
    static func perform(_ action: Action, state: inout AppState) -> (handled: Bool, commands: [Command]) {
        if state.backups.detailID != nil {
            return performInDetail(action, state: &state)
        }
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            move(action, state: &state)
            return (true, [])
        case .drillIn:
            let list = list(&state)
            guard let index = list.selectedIndex(state.backups.selectedID) else { return (true, []) }
            state.backups.selectedID = list.entries[index].id
            state.backups.detailID = list.entries[index].id
            state.backups.detailScroll = 0
            return (true, [])
        case .back:
            // Esc clears a kept filter; with none, the key has nothing to do here.
            guard !state.backups.filter.isEmpty else { return (true, []) }
            state.backups.filter = ""
            filterChanged(state: &state)
            return (true, [])
        case .cycleGrouping, .sortNext, .sortReverse:
            // The list has one order on purpose: the riskiest environment is always on top.
            state.notice = "the Backups list is always ordered by risk"
            return (true, [])
        default:
            return (false, [])
        }
    }

    /// Called after the `/` filter text changed, to repair selection and scroll.
    static func filterChanged(state: inout AppState) {
        state.backups.scrollOffset = 0
        let list = list(&state)
        if list.index(of: state.backups.selectedID) == nil {
            state.backups.selectedID = list.environmentIDs.first
        }
        keepSelectionVisible(&state, list: list)
    }

    private static func performInDetail(_ action: Action, state: inout AppState) -> (handled: Bool, commands: [Command]) {
        let page = max(1, BackupsLayout.contentRect(for: state.size).height - 1)
        var scroll = state.backups.detailScroll
        if let moved = Navigation.step(action, from: scroll, page: page, last: Navigation.unboundedScroll) {
            scroll = moved
        }
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            break
        case .back:
            state.backups.detailID = nil
            state.backups.detailScroll = 0
            return (true, [])
        case .drillIn, .filter, .cycleGrouping, .sortNext, .sortReverse:
            // Nothing to open, filter or sort inside one environment's detail.
            return (true, [])
        default:
            return (false, [])
        }
        state.backups.detailScroll = min(max(0, scroll), maxDetailScroll(state))
        return (true, [])
    }

    /// The furthest the detail can scroll: its line count less the pane's height.
    private static func maxDetailScroll(_ state: AppState) -> Int {
        guard let detailID = state.backups.detailID, let now = state.overview?.now,
              let entry = state.backupsList.unfilteredEntry(detailID)
        else { return 0 }
        let rect = BackupsLayout.contentRect(for: state.size)
        let count = BackupsDetailView.lines(entry, now: now, zone: state.viewerZone, glyphs: state.glyphs, width: rect.width).count
        return max(0, count - rect.height)
    }

    private static func move(_ action: Action, state: inout AppState) {
        let list = list(&state)
        guard !list.entries.isEmpty else { return }
        let page = max(1, BackupsLayout.visibleRows(for: state.size, rowCount: list.entries.count) - 1)
        let current = list.selectedIndex(state.backups.selectedID) ?? 0
        let target = Navigation.step(action, from: current, page: page, last: list.entries.count - 1) ?? current
        state.backups.selectedID = list.entries[target].id
        keepSelectionVisible(&state, list: list)
    }

    /// Scrolls the list just enough to keep the selected row on screen.
    private static func keepSelectionVisible(_ state: inout AppState, list: BackupsList) {
        guard let index = list.selectedIndex(state.backups.selectedID) else {
            state.backups.scrollOffset = 0
            return
        }
        let visible = BackupsLayout.visibleRows(for: state.size, rowCount: list.entries.count)
        let offset = Table.scrollOffset(keeping: index, visibleRows: visible, current: state.backups.scrollOffset)
        state.backups.scrollOffset = min(offset, max(0, list.entries.count - visible))
    }

    /// The cached list, brought up to the filter first (it may have changed during this message).
    private static func list(_ state: inout AppState) -> BackupsList {
        Update.refreshLists(&state)
        return state.backupsList
    }
}
