import Foundation
import OpsSources

/// Restores the terminal on the crash path, where curses cannot be trusted: only async-signal-safe calls.
enum TerminalGuard {
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var hasSaved = false

    /// Remembers the terminal's settings before curses changes them, and arms the fatal-signal handlers.
    static func arm() {
        if tcgetattr(STDIN_FILENO, &saved) == 0 { hasSaved = true }
        for fatal in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            signal(fatal) { number in
                TerminalGuard.restoreFromSignal()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        // A read of a mapped fixture file that shrank is not a crash: its guard goes in front
        // and hands every other SIGBUS to the handler above.
        MappedFileGuard.install()
    }

    /// Leaves the alternate screen, shows the cursor and puts the saved settings back.
    static func restoreFromSignal() {
        let reset: [UInt8] = Array("\u{1b}[0m\u{1b}[?1049l\u{1b}[?25h\r\n".utf8)
        reset.withUnsafeBufferPointer { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        if hasSaved { _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    }
}
