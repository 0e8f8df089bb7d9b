import Foundation
import OpsModel
import OpsSources
import TerminalUI

/// The console's one state transition: pure, returns the I/O it wants done as commands.
public enum Update {
    static let reloadingNotice = "reloading…"

    /// Applies a message to the state.
    public static func apply(_ message: Message, to state: inout AppState, keymap: Keymap = .standard, themes: [String] = []) -> [Command] {
        let commands = handle(message, state: &state, keymap: keymap, themes: themes)
        // Whatever the message changed, the views draw lists that match the settings.
        refreshLists(&state)
        return commands
    }

    private static func handle(_ message: Message, state: inout AppState, keymap: Keymap, themes: [String]) -> [Command] {
        switch message {
        case .snapshotLoaded(let snapshot):
            loaded(snapshot, derived: nil, changed: nil, state: &state)
            return []
        case .snapshotDerived(let snapshot, let derived, let changed):
            loaded(snapshot, derived: derived, changed: changed, state: &state)
            return []
        case .tick(let now):
            guard !state.clockIsFixed else { return [] }
            state.now = now
            recompute(&state)
            return []
        case .tickDerived(let derived, let generation):
            // From a snapshot since replaced, or older than the clock: the next tick derives again.
            guard !state.clockIsFixed, generation == state.snapshotGeneration, derived.overview.now >= state.now else { return [] }
            state.now = derived.overview.now
            recompute(&state, derived: derived)
            return []
        case .resized(let size):
            state.size = size
            keepSelectionVisible(&state)
            return []
        case .keyPressed(let key):
            return handleKey(key, state: &state, keymap: keymap, themes: themes)
        case .mouse(let event):
            return MouseInput.handle(event, state: &state, keymap: keymap, themes: themes)
        case .journalLoaded(let journal):
            RunbooksUpdate.journalLoaded(journal, state: &state)
            if let problem = journal.problems.first {
                state.notice = "journal: \(journal.problems.count) line(s) skipped (\(problem))"
            }
            return []
        case .journalAppended(let journal):
            RunbooksUpdate.journalLoaded(journal, state: &state)
            state.pendingJournalWrites = max(0, state.pendingJournalWrites - 1)
            state.notice = "saved to the journal"
            return []
        case .journalAppendFailed(let reason):
            state.pendingJournalWrites = max(0, state.pendingJournalWrites - 1)
            state.notice = "NOT saved: \(reason)"
            return []
        case .clipboardCopied(let copied):
            state.notice = copied ? "copied to the clipboard (OSC 52); it is also shown below to select" : "could not copy; select the command below"
            return []
        }
    }

    private static func loaded(_ snapshot: SourceSnapshot, derived: DerivedViews?, changed: ChangedSignals?, state: inout AppState) {
        if state.notice == Self.reloadingNotice { state.notice = nil }
        if let changed, changed.since == state.snapshotGeneration {
            state.changedSignals = changed.changes
        } else {
            state.changedSignals = ValueChanges(before: state.snapshot?.estate.signals ?? [], after: snapshot.estate.signals)
        }
        // A live reload anchors the fixtures' relative times at its own start; with the clock
        // still at the last tick before it, ages would shrink ("12d" read "11d23h") until the
        // next tick.
        if !state.clockIsFixed, snapshot.loadedAt > state.now { state.now = snapshot.loadedAt }
        // Verdicts derived at a later instant move a live clock there, as a tick would.
        if !state.clockIsFixed, let derived, derived.overview.now > state.now { state.now = derived.overview.now }
        state.snapshot = snapshot
        state.isLoading = false
        recompute(&state, derived: derived)
    }

    /// Derives the verdicts and lists from the snapshot at the state's clock and repairs the
    /// selection; `derived`, derived elsewhere from this snapshot, is used when it is at that clock.
    static func recompute(_ state: inout AppState, derived: DerivedViews? = nil) {
        guard let snapshot = state.snapshot else { return }
        let views = derived.flatMap { $0.overview.now == state.now ? $0 : nil }
            ?? DerivedViews(estate: snapshot.estate, now: state.now, settings: DerivedViews.Settings(state))
        state.overview = views.overview
        state.environmentList = views.environmentList
        state.deferredHealthList = views.healthList
        state.deferredBackupsList = views.backupsList
        state.deferredPlannedReleases = views.plannedReleases
        // Settings changed while the lists were derived elsewhere (a filter typed meanwhile).
        refreshLists(&state)
        let list = state.environmentList
        if list.entryIndex(of: state.environments.selectedID) == nil {
            state.environments.selectedID = list.firstEnvironmentID
        }
        keepSelectionVisible(&state)
    }

    /// Rebuilds the lists whose view settings changed since they were derived; costs nothing when
    /// none did. A list not made yet is left to be made with the settings when first read.
    static func refreshLists(_ state: inout AppState) {
        state.environmentList = state.environmentList.updated(for: state.environments)
        let (healthFilter, backupsFilter) = (HealthUpdate.listFilter(state.health), state.backups.filter)
        state.deferredHealthList = state.deferredHealthList.narrowed(to: healthFilter) { $0.updated(filter: $1) }
        state.deferredBackupsList = state.deferredBackupsList.narrowed(to: backupsFilter) { $0.updated(filter: $1) }
    }

    private static func handleKey(_ key: Key, state: inout AppState, keymap: Keymap, themes: [String]) -> [Command] {
        if key == .resize { return [] }
        switch state.mode {
        case .help, .sources:
            return handleHelpKey(key, state: &state, keymap: keymap)
        case .filter:
            handleFilterKey(key, state: &state)
            return []
        case .command(let text):
            return handleCommandKey(key, text: text, state: &state, themes: themes)
        case .note(let text):
            return handlePromptKey(key, text: text, state: &state, rebuild: { .note(text: $0) }, submit: RunbooksJournal.addNote)
        case .step(let text):
            return handlePromptKey(key, text: text, state: &state, rebuild: { .step(text: $0) }, submit: RunbooksJournal.toggleStep)
        case .normal:
            state.notice = nil
            guard let action = keymap.action(for: key) else { return [] }
            // The active view gets first say (its own drill-in, back, moves); then the global meaning applies.
            let viewResult = performInActiveView(action, state: &state)
            if viewResult.handled { return viewResult.commands }
            return perform(action, state: &state)
        }
    }

    private static func handleHelpKey(_ key: Key, state: inout AppState, keymap: Keymap) -> [Command] {
        switch keymap.action(for: key) {
        case .moveDown: state.helpScroll += 1
        case .moveUp: state.helpScroll = max(0, state.helpScroll - 1)
        case .pageDown: state.helpScroll += max(1, state.size.height - 8)
        case .pageUp: state.helpScroll = max(0, state.helpScroll - max(1, state.size.height - 8))
        case .quit where key == .control("c"): return [.quit]
        default:
            state.mode = .normal
            state.helpScroll = 0
        }
        return []
    }

    private static func handleFilterKey(_ key: Key, state: inout AppState) {
        switch key {
        case .enter:
            state.mode = .normal
            return
        case .escape:
            state.activeFilter = ""
            state.mode = .normal
        case .backspace, .delete:
            if state.activeFilter.isEmpty {
                state.mode = .normal
                return
            }
            state.activeFilter.removeLast()
        case .character(let character):
            state.activeFilter.append(character)
        case .up, .down, .pageUp, .pageDown:
            if let action = Keymap.standard.action(for: key) {
                let viewResult = performInActiveView(action, state: &state)
                if !viewResult.handled { _ = perform(action, state: &state) }
            }
            return
        default:
            return
        }
        filterChanged(&state)
    }

    /// Repairs selection and scroll of the active view after its filter changed.
    static func filterChanged(_ state: inout AppState) {
        switch state.activeView {
        case .environments:
            state.environments.scrollOffset = 0
            refreshLists(&state)
            let list = state.environmentList
            if list.entryIndex(of: state.environments.selectedID) == nil {
                state.environments.selectedID = list.firstEnvironmentID
            }
            keepSelectionVisible(&state)
        case .health: HealthUpdate.filterChanged(state: &state)
        case .calendar: CalendarUpdate.filterChanged(state: &state)
        case .runbooks: RunbooksUpdate.filterChanged(state: &state)
        case .backups: BackupsUpdate.filterChanged(state: &state)
        }
    }

    /// A one-line prompt: typing edits it, Enter submits, Esc cancels and keeps nothing.
    private static func handlePromptKey(
        _ key: Key, text: String, state: inout AppState,
        rebuild: (String) -> InputMode, submit: (String, inout AppState) -> [Command]
    ) -> [Command] {
        switch key {
        case .escape:
            state.mode = .normal
            state.notice = "cancelled"
        case .backspace, .delete:
            state.mode = rebuild(String(text.dropLast()))
        case .character(let character):
            state.mode = rebuild(text + String(character))
        case .enter:
            state.mode = .normal
            return submit(text, &state)
        default:
            break
        }
        return []
    }

    private static func handleCommandKey(_ key: Key, text: String, state: inout AppState, themes: [String]) -> [Command] {
        switch key {
        case .escape:
            state.mode = .normal
        case .backspace, .delete:
            state.mode = text.isEmpty ? .normal : .command(text: String(text.dropLast()))
        case .tab:
            let ids = state.estate.environments.map(\.id)
            state.mode = .command(text: ConsoleCommand.complete(text, environmentIDs: ids, themes: themes))
        case .character(let character):
            state.mode = .command(text: text + String(character))
        case .enter:
            state.mode = .normal
            switch ConsoleCommand.parse(text) {
            case .failure(let error):
                state.notice = error.message
            case .success(let command):
                return run(command, state: &state, themes: themes)
            }
        default:
            break
        }
        return []
    }

    private static func run(_ command: ConsoleCommand, state: inout AppState, themes: [String]) -> [Command] {
        switch command {
        case .quit:
            return [.quit]
        case .refresh:
            return perform(.refresh, state: &state)
        case .help:
            state.mode = .help
        case .sources:
            state.mode = .sources
            state.helpScroll = 0
        case .view(let view):
            state.activeView = view
        case .group(let grouping):
            state.environments.grouping = grouping
            keepSelectionVisible(&state)
        case .theme(let name):
            guard themes.isEmpty || themes.contains(name) else {
                state.notice = "no theme \"\(name)\" (have: \(themes.joined(separator: ", ")))"
                return []
            }
            state.themeName = name
            state.notice = "theme \(name)"
            return [.applyTheme(name)]
        case .environment(let id):
            let ids = state.estate.environments.map(\.id)
            guard let match = ids.first(where: { $0 == id }) ?? ids.first(where: { $0.lowercased().hasPrefix(id.lowercased()) }) else {
                state.notice = "no environment \"\(id)\""
                return []
            }
            state.activeView = .environments
            state.environments.filter = ""
            state.environments.selectedID = match
            state.environments.detailID = match
            state.environments.detailScroll = 0
            keepSelectionVisible(&state)
        }
        return []
    }

    private static func performInActiveView(_ action: Action, state: inout AppState) -> (handled: Bool, commands: [Command]) {
        switch state.activeView {
        case .environments: return (false, [])
        case .health: return HealthUpdate.perform(action, state: &state)
        case .calendar: return CalendarUpdate.perform(action, state: &state)
        case .runbooks: return RunbooksUpdate.perform(action, state: &state)
        case .backups: return BackupsUpdate.perform(action, state: &state)
        }
    }

    private static func perform(_ action: Action, state: inout AppState) -> [Command] {
        switch action {
        case .quit: return [.quit]
        case .help: state.mode = .help
        case .refresh:
            state.isLoading = true
            state.notice = Self.reloadingNotice
            return [.reload]
        case .commandLine: state.mode = .command(text: "")
        case .filter:
            if !(state.activeView == .environments && state.environments.detailID != nil) { state.mode = .filter }
        case .nextView: state.activeView = ViewID(rawValue: state.activeView.rawValue % ViewID.allCases.count + 1)!
        case .previousView:
            let count = ViewID.allCases.count
            state.activeView = ViewID(rawValue: (state.activeView.rawValue + count - 2) % count + 1)!
        case .showEnvironments: state.activeView = .environments
        case .showHealth: state.activeView = .health
        case .showCalendar: state.activeView = .calendar
        case .showRunbooks: state.activeView = .runbooks
        case .showBackups: state.activeView = .backups
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            move(action, state: &state)
        case .drillIn:
            if state.activeView == .environments, state.environments.detailID == nil, let selected = state.environments.selectedID {
                state.environments.detailID = selected
                state.environments.detailScroll = 0
            }
        case .back:
            if state.environments.detailID != nil && state.activeView == .environments {
                state.environments.detailID = nil
            } else if !state.environments.filter.isEmpty && state.activeView == .environments {
                state.environments.filter = ""
                keepSelectionVisible(&state)
            }
        case .cycleGrouping:
            state.environments.grouping = state.environments.grouping.next
            state.notice = "grouped by \(state.environments.grouping.rawValue)"
            keepSelectionVisible(&state)
        case .sortNext:
            let all = EnvironmentColumn.allCases
            let next = all[(state.environments.sortColumn.rawValue + 1) % all.count]
            state.environments.sortColumn = next
            state.environments.sortAscending = next.defaultAscending
            state.notice = "sorted by \(next.name)"
            keepSelectionVisible(&state)
        case .sortReverse:
            state.environments.sortAscending.toggle()
            keepSelectionVisible(&state)
        case .calendarAgenda, .calendarWeek, .calendarMonth, .earlierSlot, .laterSlot,
             .copyCommand, .toggleStep, .addNote, .startIncident:
            // Keys of one view; elsewhere they do nothing rather than something surprising.
            break
        }
        return []
    }

    private static func move(_ action: Action, state: inout AppState) {
        guard state.activeView == .environments else { return }
        let page = max(1, EnvironmentsLayout.visibleRows(for: state.size) - 1)
        if state.environments.detailID != nil {
            state.environments.detailScroll = Navigation.step(action, from: state.environments.detailScroll, page: page, last: Navigation.unboundedScroll) ?? state.environments.detailScroll
            return
        }
        let list = state.environmentList
        guard list.environmentCount > 0 else { return }
        let current = list.position(of: state.environments.selectedID) ?? 0
        let target = Navigation.step(action, from: current, page: page, last: list.environmentCount - 1) ?? current
        state.environments.selectedID = list.environmentID(at: target)
        keepSelectionVisible(&state)
    }

    /// Scrolls the list so the selected row (and its group heading, when it is the first) is on screen.
    static func keepSelectionVisible(_ state: inout AppState) {
        refreshLists(&state)
        let list = state.environmentList
        let visible = EnvironmentsLayout.visibleRows(for: state.size)
        guard visible > 0, let index = list.entryIndex(of: state.environments.selectedID) else {
            state.environments.scrollOffset = 0
            return
        }
        var offset = state.environments.scrollOffset
        let wanted = index > 0 && { if case .group = list.entries[index - 1] { return true } else { return false } }() ? index - 1 : index
        if wanted < offset { offset = wanted }
        if index >= offset + visible { offset = index - visible + 1 }
        offset = min(offset, max(0, list.entries.count - visible))
        state.environments.scrollOffset = max(0, offset)
    }
}
