import Foundation
import Synchronization

/// Wakes the UI loop on SIGWINCH and SIGCONT without taking them from ncurses: its handler (if
/// any) runs first, then one byte goes to the wake-up pipe (write(2) is async-signal-safe). Both
/// signals (and SIGTSTP, for Ctrl-Z) are unblocked here, whatever mask the process inherited.
enum SignalWakeUp {
    nonisolated(unsafe) private static var wakeFD: Int32 = -1
    nonisolated(unsafe) private static var previousResize = sigaction()
    nonisolated(unsafe) private static var previousContinue = sigaction()
    /// Set by SIGCONT: the program was stopped (Ctrl-Z) and the screen must be drawn whole again.
    private static let continued = Atomic<Bool>(false)

    /// Installs the chained handlers; call after curses has installed its own.
    static func install(wakeFD fd: Int32) {
        wakeFD = fd
        // Statics are initialised on first use, under a lock: never for the first time in a handler.
        _ = continued.load(ordering: .relaxed)
        // Held back on this thread while the handlers go in: a handler must not read `previous…` while
        // `sigaction` is still writing it.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGWINCH)
        sigaddset(&signals, SIGCONT)
        _ = pthread_sigmask(SIG_BLOCK, &signals, nil)
        chain(SIGWINCH, saving: &previousResize) { signal in
            SignalWakeUp.callEarlier(SignalWakeUp.previousResize, signal)
            SignalWakeUp.wake()
        }
        chain(SIGCONT, saving: &previousContinue) { signal in
            SignalWakeUp.callEarlier(SignalWakeUp.previousContinue, signal)
            SignalWakeUp.continued.store(true, ordering: .sequentiallyConsistent)
            SignalWakeUp.wake()
        }
        // A blocked signal mask is inherited through fork and exec: a parent that blocks SIGWINCH
        // (test runners, some supervisors) would leave every resize unseen until the next key, and
        // one that blocks SIGTSTP would make Ctrl-Z do nothing.
        sigaddset(&signals, SIGTSTP)
        _ = pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// True once after the program was continued from a stop.
    ///
    /// curses repaints on its own after Ctrl-Z and `fg`, from its idea of the screen, which is
    /// blank when `ScreenWriter` draws: the caller redraws everything.
    static func takeContinued() -> Bool {
        continued.exchange(false, ordering: .sequentiallyConsistent)
    }

    private static func chain(_ signal: Int32, saving previous: inout sigaction, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        action.__sigaction_handler.sa_handler = handler
        _ = sigaction(signal, &action, &previous)
    }

    /// Runs the handler that was installed before ours (curses' own), if it is a function.
    private static func callEarlier(_ previous: sigaction, _ signal: Int32) {
        let earlier = previous.__sigaction_handler.sa_handler
        if let earlier, unsafeBitCast(earlier, to: Int.self) > 1 { earlier(signal) }
    }

    private static func wake() {
        var byte: UInt8 = 2
        _ = write(wakeFD, &byte, 1)
    }
}
