import Foundation

/// Wakes the UI loop on SIGWINCH without taking the signal from ncurses: its handler runs first,
/// then one byte goes to the wake-up pipe (write(2) is async-signal-safe). The signal is unblocked
/// here, whatever mask the process inherited.
enum ResizeWakeUp {
    nonisolated(unsafe) private static var wakeFD: Int32 = -1
    nonisolated(unsafe) private static var previous = sigaction()

    /// Installs the chained handler; call after curses has installed its own.
    static func install(wakeFD fd: Int32) {
        wakeFD = fd
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        action.__sigaction_handler.sa_handler = { signal in
            let earlier = ResizeWakeUp.previous.__sigaction_handler.sa_handler
            if let earlier, unsafeBitCast(earlier, to: Int.self) > 1 { earlier(signal) }
            var byte: UInt8 = 2
            _ = write(ResizeWakeUp.wakeFD, &byte, 1)
        }
        _ = sigaction(SIGWINCH, &action, &previous)
        // A blocked signal mask is inherited through fork and exec: a parent that blocks SIGWINCH
        // (test runners, some supervisors) would leave every resize unseen until the next key.
        var resize = sigset_t()
        sigemptyset(&resize)
        sigaddset(&resize, SIGWINCH)
        _ = pthread_sigmask(SIG_UNBLOCK, &resize, nil)
    }
}
