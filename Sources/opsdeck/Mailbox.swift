import Console
import Foundation

/// Hands messages from background work (loads, signals) to the UI loop and wakes its poll(2).
final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Message] = []
    private var quitRequested = false
    /// Read end, polled by the loop; write end, written by any thread.
    let wakeReadFD: Int32
    private let wakeWriteFD: Int32

    /// The write end, for signal handlers that must wake the loop themselves.
    var wakeWriteDescriptor: Int32 { wakeWriteFD }

    init() {
        var fds: [Int32] = [0, 0]
        if pipe(&fds) != 0 { fatalError("opsdeck: cannot create the wake-up pipe") }
        wakeReadFD = fds[0]
        wakeWriteFD = fds[1]
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
    }

    /// Queues a message and wakes the loop.
    func post(_ message: Message) {
        lock.lock()
        messages.append(message)
        lock.unlock()
        wake()
    }

    /// Asks the loop to quit (SIGINT, SIGTERM, SIGHUP).
    func requestQuit() {
        lock.lock()
        quitRequested = true
        lock.unlock()
        wake()
    }

    private func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWriteFD, &byte, 1)
    }

    /// Takes every queued message and the quit flag; drains the pipe.
    func take() -> (messages: [Message], quit: Bool) {
        var sink = [UInt8](repeating: 0, count: 64)
        while read(wakeReadFD, &sink, sink.count) > 0 {}
        lock.lock()
        defer { lock.unlock() }
        let taken = messages
        messages.removeAll()
        return (taken, quitRequested)
    }
}
