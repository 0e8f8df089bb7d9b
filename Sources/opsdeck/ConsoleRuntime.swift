import Console
import Foundation
import OpsModel
import OpsSources
import TerminalUI
import TerminalUINcurses

/// Runs the full-screen console: the only place where time, input, signals and the screen meet.
final class ConsoleRuntime {
    struct Settings {
        var source: any DataSource
        var fixedNow: Date?
        var themeName: String
        var readOnly: Bool
        var asciiOnly: Bool
        var color: ColorChoice
        /// How often live data is reloaded.
        var refreshInterval: TimeInterval = 15
        /// How often the clock (and data ages) advance on screen in live mode.
        var tickInterval: TimeInterval = 5
        /// Where the incident journal lives.
        var journal: JournalFile
        /// Who journal entries are written as.
        var author: String
        /// Clicks and the wheel (`--mouse`).
        var mouse = false
    }

    private let settings: Settings
    private let mailbox = Mailbox()
    private var signalSources: [DispatchSourceSignal] = []
    private var loadInFlight = false
    /// The process's CPU time when the load in flight started, to pace the next one by what this
    /// one cost (CPU, not wall time: waiting on a slow agent costs nothing).
    private var loadStartedAt: TimeInterval?
    private var reloadWanted = false
    /// The process's CPU time when the tick being derived off the main thread started; nil
    /// when none is (one at a time).
    private var tickStartedAt: TimeInterval?
    private var themes: [Theme] = []
    /// The state the first load started from, and the locale's character set; set by `beginReading`.
    private var started: (state: AppState, isUTF8: Bool)?

    init(settings: Settings) {
        self.settings = settings
    }

    /// Starts reading the estate, before the themes are read and the terminal is set up, which
    /// happen meanwhile: they came first, and the demo's first frame waited for them (the
    /// themes, curses' start and the palette: ~0.8 ms of a ~9 ms start; docs/performance.md).
    func beginReading() {
        // Without a terminal there will be no console: `run` says so, and nothing is read
        // (an agent source would be polled, its token sent, for nothing).
        guard started == nil, isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return }
        // Also the guard of mapped fixture files, which the load below may read.
        TerminalGuard.arm()
        // Before the load's threads start: setting the locale is not safe beside them.
        let isUTF8 = NcursesTerminal.prepareLocale()
        let now = settings.fixedNow ?? Date()
        let loaderRuns = DispatchSemaphore(value: 0)
        startLoad(now: now, viewSettings: .atStart, shown: ([], 0), whenRunning: { loaderRuns.signal() })
        // Until the loader's thread runs, briefly. Linux puts a new thread on its parent's core,
        // where it waited 0.3–1.6 ms for this thread to give way while the other core idled
        // (sched_wakeup_new's target, perf); this thread, woken by it, goes to the idle core.
        _ = loaderRuns.wait(timeout: .now() + .milliseconds(2))
        // Made while the estate is read: its time zone was ~0.5 M instructions before the load.
        var state = AppState(
            now: now, clockIsFixed: settings.fixedNow != nil, viewerZone: TimeZone(secondsFromGMT: 0)!,
            readOnly: settings.readOnly, themeName: settings.themeName, size: .zero,
            glyphs: (settings.asciiOnly || !isUTF8) ? .ascii : .unicode
        )
        state.isLoading = true
        state.author = settings.author
        started = (state, isUTF8)
    }

    /// Runs until quit with `themes` to choose from (the one `settings` names among them);
    /// returns the process exit code.
    func run(themes: [Theme]) -> Int32 {
        self.themes = themes
        let environment = ProcessEnvironment.variables
        if let problem = NcursesTerminal.checkUsable(environment: environment) {
            FileHandle.standardError.write(Data("opsdeck: cannot start the full-screen console: \(problem). For a plain summary, run: opsdeck status\n".utf8))
            return 2
        }
        beginReading()
        guard let (startState, isUTF8) = started else { return 2 }
        let theme = themes.first { $0.name == settings.themeName } ?? themes[0]
        installSignalHandlers()
        let terminal = NcursesTerminal(palette: PaletteBuilder.palette(theme: theme, depth: .none), isUTF8: isUTF8)
        var state = startState
        state.themeName = theme.name
        do {
            try terminal.start(cursesDraws: environment["OPSDECK_CURSES_OUTPUT"] == "1")
        } catch {
            FileHandle.standardError.write(Data("opsdeck: \(error). For a plain summary, run: opsdeck status\n".utf8))
            return 2
        }
        defer { terminal.stop() }
        SignalWakeUp.install(wakeFD: mailbox.wakeWriteDescriptor)
        if settings.mouse { terminal.enableMouse() }
        let depth = PaletteBuilder.depth(colors: terminal.colorCount, choice: settings.color, environment: environment)
        terminal.installPalette(PaletteBuilder.palette(theme: theme, depth: depth))

        // What the load did not need from the state: the started terminal's size and the viewer's zone.
        state.size = terminal.size
        state.viewerZone = TimeZone.current
        loadJournal()
        let renderer = Renderer()
        let frames = FrameMemo()
        var dirty = true
        var nextTick = Date().addingTimeInterval(settings.tickInterval)
        var nextReload = Date().addingTimeInterval(settings.refreshInterval)
        let live = settings.fixedNow == nil
        // After a resize, look once more shortly after: a burst of SIGWINCHes can end while the
        // previous one is being handled, and the last size must not be missed.
        var recheckSizeAt: Date?
        // After Ctrl-Z and `fg`, draw everything once more shortly after: curses' own repaint
        // (of a blank screen, as far as it knows) runs in its signal handler, possibly after ours.
        var repaintAgainAt: Date?

        // The first frame waits for the data (or half a second, for slow sources), so a person's
        // first look is the estate, not a loading screen.
        let firstFrameDeadline = Date().addingTimeInterval(0.5)
        // After `r`, the frame waits up to 250 ms for the data, so a quick reload draws only what
        // changed instead of flashing "reloading…" on and off (126 bytes for nothing). A key
        // pressed meanwhile is drawn at once.
        var reloadFrameHeldUntil: Date?
        loop: while true {
            if let held = reloadFrameHeldUntil, !loadInFlight || Date() >= held { reloadFrameHeldUntil = nil }
            if dirty && (state.snapshot != nil || Date() >= firstFrameDeadline) && reloadFrameHeldUntil == nil {
                _ = renderer.present(frames.frame(for: state) { ShellView.render($0) }, to: terminal)
                dirty = false
            }
            var deadlines = live ? [nextTick, nextReload] : []
            if dirty && state.snapshot == nil { deadlines.append(firstFrameDeadline) }
            if let reloadFrameHeldUntil { deadlines.append(reloadFrameHeldUntil) }
            if let recheckSizeAt { deadlines.append(recheckSizeAt) }
            if let repaintAgainAt { deadlines.append(repaintAgainAt) }
            let timeout: Int32 = deadlines.min().map { Int32(max(0, $0.timeIntervalSinceNow * 1000).rounded(.up)) } ?? -1
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: mailbox.wakeReadFD, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, nfds_t(fds.count), timeout)
            var messages: [Message] = []
            if let due = recheckSizeAt, Date() >= due { recheckSizeAt = nil }
            var resized = terminal.synchronizeSize()
            var inputs: [Message] = []
            for input in terminal.readInput() {
                switch input {
                case .key(.resize): resized = true
                case .key(let key): inputs.append(.keyPressed(key))
                case .mouse(let event): inputs.append(.mouse(event))
                }
            }
            if resized {
                renderer.invalidate()
                terminal.clearForRedraw()
                messages.append(.resized(terminal.size))
                recheckSizeAt = Date().addingTimeInterval(0.1)
            }
            var repaint = false
            if SignalWakeUp.takeContinued() {
                repaint = true
                repaintAgainAt = Date().addingTimeInterval(0.15)
            } else if let due = repaintAgainAt, Date() >= due {
                repaint = true
                repaintAgainAt = nil
            }
            if repaint && !resized {
                renderer.invalidate()
                terminal.clearForRedraw()
                dirty = true
            }
            messages += inputs
            if !inputs.isEmpty { reloadFrameHeldUntil = nil }
            let (posted, quit) = mailbox.take()
            if quit { break loop }
            messages += posted
            if live {
                let now = Date()
                if now >= nextTick {
                    if let snapshot = state.snapshot, Self.derivesOffMainThread(snapshot) {
                        if tickStartedAt == nil { startTick(now: now, snapshot: snapshot, state: state) }
                    } else {
                        messages.append(.tick(now))
                    }
                    // Replaced once the tick has been applied and timed.
                    nextTick = now.addingTimeInterval(settings.tickInterval)
                }
                if now >= nextReload {
                    // A timed reload never queues behind one still running (only `r` does).
                    if !loadInFlight { startLoad(now: now, state: state) }
                    nextReload = now.addingTimeInterval(settings.refreshInterval)
                }
            }
            for message in messages {
                dirty = true
                let loadStarted = loadStartedAt
                let loadedSnapshot: SourceSnapshot?
                switch message {
                case .snapshotLoaded(let snapshot), .snapshotDerived(let snapshot, _, _): loadedSnapshot = snapshot
                default: loadedSnapshot = nil
                }
                var applyStarted = Self.processorTime()
                if case .tickDerived = message, let tickStarted = tickStartedAt {
                    // The derivation off the main thread is part of what the tick cost.
                    applyStarted = tickStarted
                    tickStartedAt = nil
                }
                // What a large estate's new snapshot or verdicts replace is let go on another thread.
                let retired = Self.retiresOffMainThread(message) ? RetiredState(state) : nil
                let commands = Update.apply(message, to: &state, themes: themes.map(\.name))
                retired?.release()
                // Deriving a large estate's overview and lists on this thread frees as much as it keeps.
                if retired == nil, let loadedSnapshot, loadedSnapshot.estate.signals.count >= 50_000 {
                    MemoryRelease.returnFreedMemory()
                }
                if loadedSnapshot != nil { loadFinished(state: state) }
                // A live console spaces its ticks and reloads by what they cost (RefreshPacing).
                let appliedAt = Date()
                let applied = Self.processorTime()
                switch message {
                case .tick, .tickDerived:
                    if live { nextTick = appliedAt.addingTimeInterval(RefreshPacing.interval(configured: settings.tickInterval, busy: applied - applyStarted)) }
                default:
                    break
                }
                if live, loadedSnapshot != nil, let loadStarted {
                    // The process's CPU time over the load (all threads) and its derivation.
                    let paced = appliedAt.addingTimeInterval(RefreshPacing.interval(configured: settings.refreshInterval, busy: applied - loadStarted))
                    nextReload = max(nextReload, paced)
                }
                for command in commands {
                    switch command {
                    case .quit:
                        break loop
                    case .reload:
                        if state.snapshot != nil { reloadFrameHeldUntil = Date().addingTimeInterval(0.25) }
                        startLoad(now: settings.fixedNow ?? Date(), state: state)
                        nextReload = Date().addingTimeInterval(settings.refreshInterval)
                    case .appendJournal(let entries):
                        appendJournal(entries)
                    case .copyToClipboard(let text):
                        mailbox.post(.clipboardCopied(copyToClipboard(text)))
                    case .applyTheme(let name):
                        if let chosen = themes.first(where: { $0.name == name }) {
                            terminal.installPalette(PaletteBuilder.palette(theme: chosen, depth: depth))
                            renderer.invalidate()
                        }
                    }
                }
            }
        }
        return 0
    }

    /// Loads in the background; the result arrives as a message. One load at a time: a reload
    /// asked for while one is running is done once it finishes, never stacked (a held-down `r`
    /// against a slow agent must not queue hundreds of polls).
    private func startLoad(now: Date, state: AppState) {
        // What a large estate's derivation needs from the screen: the views' settings and the
        // signals shown now, to mark the values the reload changed.
        startLoad(now: now, viewSettings: DerivedViews.Settings(state), shown: (state.snapshot?.estate.signals ?? [], state.snapshotGeneration))
    }

    /// `whenRunning` is called on the loader's thread before it reads anything.
    private func startLoad(now: Date, viewSettings: DerivedViews.Settings, shown: (signals: [Signal], generation: Int), whenRunning: (@Sendable () -> Void)? = nil) {
        guard !loadInFlight else {
            reloadWanted = true
            return
        }
        loadInFlight = true
        loadStartedAt = Self.processorTime()
        let source = settings.source
        let mailbox = self.mailbox
        let fixedNow = settings.fixedNow
        Task.detached {
            whenRunning?()
            let snapshot = await source.load(now: now)
            let message = ConsoleRuntime.loadedMessage(snapshot, fixedNow: fixedNow, settings: viewSettings, shown: shown)
            mailbox.post(message)
            // The frame goes out meanwhile; what it does not show is made next, off the main thread.
            if case .snapshotDerived(_, let derived, _) = message { derived.prepare() }
        }
    }

    /// A large estate's snapshot with its verdicts and lists at the fixed clock, or at the
    /// present (a live clock moves there when it is applied; the load's start may be behind a
    /// tick taken meanwhile, and an agent's data older still); a small one's alone.
    private static func loadedMessage(
        _ snapshot: SourceSnapshot, fixedNow: Date?, settings: DerivedViews.Settings, shown: (signals: [Signal], generation: Int)
    ) -> Message {
        guard derivesOffMainThread(snapshot) else { return .snapshotLoaded(snapshot) }
        let derived = DerivedViews(estate: snapshot.estate, now: fixedNow ?? max(Date(), snapshot.loadedAt), settings: settings)
        return .snapshotDerived(snapshot, derived, changed: ChangedSignals(since: shown.generation, before: shown.signals, after: snapshot.estate.signals))
    }

    /// A large estate's verdicts and lists are derived off the main thread, so keys are
    /// answered while they are (a third of a second at 10,000 environments); a small one's take
    /// a millisecond, and a thread of its own would cost memory.
    private static func derivesOffMainThread(_ snapshot: SourceSnapshot) -> Bool {
        snapshot.estate.environments.count >= ParallelMap.minimumCount
    }

    /// Whether what `message` replaces is let go off the main thread: the verdicts and lists
    /// derived there, with the estate a load replaces.
    private static func retiresOffMainThread(_ message: Message) -> Bool {
        switch message {
        case .snapshotDerived, .tickDerived: return true
        default: return false
        }
    }

    /// Derives the verdicts and lists at `now` off the main thread; the result arrives as `tickDerived`.
    private func startTick(now: Date, snapshot: SourceSnapshot, state: AppState) {
        tickStartedAt = Self.processorTime()
        let mailbox = self.mailbox
        let (settings, generation) = (DerivedViews.Settings(state), state.snapshotGeneration)
        Task.detached {
            let derived = DerivedViews(estate: snapshot.estate, now: now, settings: settings)
            mailbox.post(.tickDerived(derived, snapshotGeneration: generation))
            derived.prepare()
        }
    }

    /// Called when a load's result was applied: runs the reload that was asked for meanwhile.
    private func loadFinished(state: AppState) {
        loadInFlight = false
        if reloadWanted {
            reloadWanted = false
            startLoad(now: settings.fixedNow ?? Date(), state: state)
        }
    }

    /// CPU time the process has used so far, all threads (CLOCK_PROCESS_CPUTIME_ID), in seconds.
    private static func processorTime() -> TimeInterval {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return TimeInterval(time.tv_sec) + TimeInterval(time.tv_nsec) / 1e9
    }

    /// Reads the journal in the background; a torn last line is reported, never fatal.
    private func loadJournal() {
        let journal = settings.journal
        let mailbox = self.mailbox
        Task.detached { mailbox.post(.journalLoaded(journal.readForConsole())) }
    }

    /// Appends off the UI thread; the screen says "saved" only after fsync returned.
    private func appendJournal(_ entries: [JournalEntry]) {
        let journal = settings.journal
        let mailbox = self.mailbox
        Task.detached {
            do {
                try journal.append(entries)
                mailbox.post(.journalAppended(journal.readForConsole()))
            } catch {
                mailbox.post(.journalAppendFailed("\(error)"))
            }
        }
    }

    /// OSC 52 goes straight to the terminal: it draws nothing, so curses' picture stays true.
    private func copyToClipboard(_ text: String) -> Bool {
        guard let sequence = Clipboard.osc52(text) else { return false }
        let bytes = Array(sequence.utf8)
        return bytes.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) } == bytes.count
    }

    /// SIGINT, SIGTERM and SIGHUP end the loop so the terminal is restored and the exit code is 0.
    private func installSignalHandlers() {
        let mailbox = self.mailbox
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { mailbox.requestQuit() }
            source.resume()
            signalSources.append(source)
        }
    }
}
