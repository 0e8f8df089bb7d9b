import TerminalUI

/// Clicks and the wheel, translated into what the same keys would do, so the mouse never has
/// behaviour of its own to get wrong.
enum MouseInput {
    static func handle(_ event: MouseEvent, state: inout AppState, keymap: Keymap, themes: [String]) -> [Command] {
        func press(_ keys: [Key]) -> [Command] {
            keys.flatMap { Update.apply(.keyPressed($0), to: &state, keymap: keymap, themes: themes) }
        }
        switch event.kind {
        case .wheelUp: return press([.up, .up, .up])
        case .wheelDown: return press([.down, .down, .down])
        case .click, .doubleClick:
            guard state.mode == .normal else { return press([.escape]) }
            if event.y == 0 {
                let rect = ShellView.tabsRect(state)
                if let index = ShellView.tabs(state).index(atColumn: event.x - rect.x, width: rect.width),
                   let view = ViewID(rawValue: index + 1) {
                    state.activeView = view
                }
                return []
            }
            return clickInEnvironments(event, state: &state, keymap: keymap, themes: themes)
        }
    }

    /// A click on an environment selects it; a second click (or a double click) opens it.
    private static func clickInEnvironments(_ event: MouseEvent, state: inout AppState, keymap: Keymap, themes: [String]) -> [Command] {
        guard state.activeView == .environments, state.environments.detailID == nil else { return [] }
        let content = EnvironmentsLayout.contentRect(for: state.size)
        let row = event.y - content.y - 1
        guard row >= 0, row < EnvironmentsLayout.visibleRows(for: state.size) else { return [] }
        let list = state.environmentList
        let index = state.environments.scrollOffset + row
        guard index < list.entries.count, case .environment(let clicked) = list.entries[index] else { return [] }
        let id = clicked.environment.id
        if event.kind == .doubleClick || state.environments.selectedID == id {
            state.environments.selectedID = id
            return Update.apply(.keyPressed(.enter), to: &state, keymap: keymap, themes: themes)
        }
        state.environments.selectedID = id
        return []
    }
}
