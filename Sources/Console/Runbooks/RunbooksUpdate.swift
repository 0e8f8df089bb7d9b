import OpsModel
import TerminalUI

/// How the Runbooks view reacts to actions and keys; called by `Update` when the view is active.
///
/// In the list, moves select and Enter opens; in the reader, moves scroll, `>`/`<` (the keymap's
/// sort keys, which mean nothing here otherwise) step the focus through the commands, Esc goes back.
enum RunbooksUpdate {
    /// Handles an action from the keymap; returns true when the view used it.
    static func perform(_ action: Action, state: inout AppState) -> (handled: Bool, commands: [Command]) {
        switch action {
        case .startIncident: return (true, RunbooksJournal.startOrResume(&state))
        case .toggleStep:
            RunbooksJournal.askForStep(&state)
            return (true, [])
        case .addNote:
            state.mode = .note(text: "")
            return (true, [])
        case .copyCommand:
            let commands = reader(state)?.codeBlockText ?? []
            let index = state.runbooks.focusedCodeBlock ?? 0
            guard index < commands.count, let command = Optional(commands[index]) else {
                state.notice = "no command to copy (> focuses the next one)"
                return (true, [])
            }
            return (true, [.copyToClipboard(command)])
        default: break
        }
        repairSelection(&state)
        if state.runbooks.openID != nil {
            return performInReader(action, state: &state)
        }
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            moveSelection(action, state: &state)
            return (true, [])
        case .drillIn:
            guard let selected = state.runbooks.selectedID else { return (true, []) }
            state.runbooks.openID = selected
            state.runbooks.readerScroll = 0
            state.runbooks.focusedCodeBlock = nil
            return (true, [])
        case .back:
            guard !state.runbooks.filter.isEmpty else { return (false, []) }
            state.runbooks.filter = ""
            filterChanged(state: &state)
            return (true, [])
        case .sortNext, .sortReverse, .cycleGrouping:
            // Sorting and grouping belong to Environments; here they would change it unseen.
            return (true, [])
        default:
            return (false, [])
        }
    }

    /// Called after the `/` filter text changed, to repair selection and scroll.
    static func filterChanged(state: inout AppState) {
        state.runbooks.listScroll = 0
        let ids = matches(state).map(\.runbook.id)
        if let first = ids.first, state.runbooks.selectedID != first {
            // As you type, the best match is the one shown.
            state.runbooks.selectedID = first
            state.runbooks.readerScroll = 0
            state.runbooks.focusedCodeBlock = nil
        } else if ids.isEmpty {
            state.runbooks.selectedID = nil
        }
    }

    /// Opens a runbook for an environment (and component): what Enter on a signal or alert calls.
    static func open(runbookID: String, environmentID: String?, componentID: String? = nil, state: inout AppState) {
        state.activeView = .runbooks
        state.runbooks.filter = ""
        state.runbooks.selectedID = runbookID
        state.runbooks.openID = runbookID
        state.runbooks.readerScroll = 0
        state.runbooks.focusedCodeBlock = nil
        state.runbooks.contextEnvironmentID = environmentID
        state.runbooks.contextComponentID = componentID
        keepSelectionVisible(&state)
    }

    /// Puts a journal read at start-up (or after a write) into the state.
    static func journalLoaded(_ journal: JournalReplay, state: inout AppState) {
        state.runbooks.journal = journal
    }

    /// The runbooks ranked by the `/` filter.
    static func matches(_ state: AppState) -> [RunbookMatch] {
        RunbookSearch.rank(state.estate.runbooks, query: state.runbooks.filter)
    }

    /// The runbook the reader shows: the open one, or on a split screen the selected one.
    static func shownRunbook(_ state: AppState) -> Runbook? {
        let id = state.runbooks.openID ?? (RunbooksLayout.isSplit(state.size) ? state.runbooks.selectedID : nil)
        return id.flatMap { id in state.estate.runbooks.first { $0.id == id } }
    }

    /// The reader for the shown runbook at the current size.
    static func reader(_ state: AppState) -> RunbookReader? {
        shownRunbook(state).map { RunbookReader.make($0, state: state, width: RunbooksLayout.readerTextRect(state.size, hasFocus: state.runbooks.focusedCodeBlock != nil).width) }
    }

    // MARK: Reader

    private static func performInReader(_ action: Action, state: inout AppState) -> (handled: Bool, commands: [Command]) {
        switch action {
        case .back:
            state.runbooks.openID = nil
            state.runbooks.focusedCodeBlock = nil
            state.runbooks.contextEnvironmentID = nil
            state.runbooks.contextComponentID = nil
            return (true, [])
        case .filter:
            // Searching happens in the list: leave the reader and let `/` start the filter.
            state.runbooks.openID = nil
            state.runbooks.focusedCodeBlock = nil
            return (false, [])
        case .drillIn, .cycleGrouping:
            return (true, [])
        case .sortNext, .sortReverse:
            focusCommand(forward: action == .sortNext, state: &state)
            return (true, [])
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            scrollReader(action, state: &state)
            return (true, [])
        default:
            return (false, [])
        }
    }

    private static func scrollReader(_ action: Action, state: inout AppState) {
        guard let reader = reader(state) else { return }
        let height = RunbooksLayout.readerTextRect(state.size, hasFocus: state.runbooks.focusedCodeBlock != nil).height
        let page = max(1, height - 2)
        let last = max(0, reader.lines.count - height)
        state.runbooks.readerScroll = Navigation.step(action, from: min(state.runbooks.readerScroll, last), page: page, last: last) ?? min(state.runbooks.readerScroll, last)
    }

    /// Moves the focus to the next (or previous) command and scrolls it into view.
    private static func focusCommand(forward: Bool, state: inout AppState) {
        guard let reader = reader(state), !reader.codeBlockLines.isEmpty else { return }
        let count = reader.codeBlockLines.count
        let target: Int
        if let current = state.runbooks.focusedCodeBlock {
            target = forward ? min(count - 1, current + 1) : max(0, current - 1)
        } else {
            // Start from what is on screen, not from the top of the document.
            let scroll = state.runbooks.readerScroll
            target = forward
                ? reader.codeBlockLines.firstIndex { $0.lowerBound >= scroll } ?? count - 1
                : reader.codeBlockLines.lastIndex { $0.lowerBound >= scroll && $0.upperBound <= scroll + RunbooksLayout.readerTextRect(state.size, hasFocus: state.runbooks.focusedCodeBlock != nil).height } ?? 0
        }
        state.runbooks.focusedCodeBlock = target
        let range = reader.codeBlockLines[target]
        let height = RunbooksLayout.readerTextRect(state.size, hasFocus: state.runbooks.focusedCodeBlock != nil).height
        var scroll = state.runbooks.readerScroll
        if range.lowerBound < scroll + 1 { scroll = range.lowerBound - 1 }
        if range.upperBound > scroll + height { scroll = min(range.lowerBound - 1, range.upperBound - height) }
        state.runbooks.readerScroll = min(max(0, scroll), max(0, reader.lines.count - height))
    }

    // MARK: List

    private static func repairSelection(_ state: inout AppState) {
        let ids = matches(state).map(\.runbook.id)
        if state.runbooks.selectedID == nil || !ids.contains(state.runbooks.selectedID!) {
            state.runbooks.selectedID = ids.first
        }
        if let open = state.runbooks.openID, !state.estate.runbooks.contains(where: { $0.id == open }) {
            state.runbooks.openID = nil
        }
    }

    private static func moveSelection(_ action: Action, state: inout AppState) {
        let ids = matches(state).map(\.runbook.id)
        guard !ids.isEmpty else { return }
        let page = max(1, RunbooksListView.visibleEntries(state) - 1)
        let current = state.runbooks.selectedID.flatMap { ids.firstIndex(of: $0) } ?? 0
        let target = Navigation.step(action, from: current, page: page, last: ids.count - 1) ?? current
        let selected = ids[target]
        if selected != state.runbooks.selectedID {
            state.runbooks.selectedID = selected
            state.runbooks.readerScroll = 0
            state.runbooks.focusedCodeBlock = nil
        }
        keepSelectionVisible(&state)
    }

    static func keepSelectionVisible(_ state: inout AppState) {
        let ids = matches(state).map(\.runbook.id)
        let visible = max(1, RunbooksListView.visibleEntries(state))
        guard let index = state.runbooks.selectedID.flatMap({ ids.firstIndex(of: $0) }) else {
            state.runbooks.listScroll = 0
            return
        }
        var scroll = state.runbooks.listScroll
        if index < scroll { scroll = index }
        if index >= scroll + visible { scroll = index - visible + 1 }
        state.runbooks.listScroll = max(0, min(scroll, max(0, ids.count - visible)))
    }
}
