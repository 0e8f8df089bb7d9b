import Foundation
import Glibc

/// A program running in a pseudo-terminal, with every byte it writes read and timestamped.
final class TerminalSession {
    /// What a wait for output saw.
    struct Burst {
        /// Milliseconds from the reference instant to the first byte after it.
        var firstByte: Double
        /// Milliseconds from the reference instant to the last byte before the output went quiet.
        var lastByte: Double
        /// Bytes in the burst.
        var bytes: Int
    }

    let terminal: PseudoTerminal
    let program: SpawnedProgram
    /// When the program was started (monotonic nanoseconds).
    let startedAt: UInt64
    /// Every byte read so far.
    private(set) var totalBytes = 0
    /// Printable text so far (escapes removed) and, per read, where it ended and when.
    private var text: [UInt8] = []
    private var reads: [(textEnd: Int, byteEnd: Int, time: UInt64)] = []
    private var stripper = EscapeStripper()
    private var scratch = [UInt8](repeating: 0, count: 1 << 16)

    /// Starts `path` in a fresh `columns` x `rows` pseudo-terminal.
    init(path: String, arguments: [String], columns: Int, rows: Int, environment: [String: String]) throws {
        terminal = try PseudoTerminal(columns: columns, rows: rows)
        startedAt = MonotonicClock.nanoseconds()
        program = try SpawnedProgram(path: path, arguments: arguments, environment: environment, terminal: terminal)
    }

    /// The environment peers and opsdeck run with: a clean 256-colour UTF-8 terminal and a
    /// throw-away HOME, so no user configuration changes what is measured.
    static func environment(home: String) -> [String: String] {
        [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": home,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TZ": "UTC",
        ]
    }

    /// Reads whatever is available, waiting at most `timeoutMilliseconds` for the first byte.
    /// Returns the number of bytes read.
    @discardableResult
    func pump(timeoutMilliseconds: Int32) -> Int {
        var descriptor = pollfd(fd: terminal.master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, timeoutMilliseconds) > 0 else { return 0 }
        var count = 0
        while true {
            let got = scratch.withUnsafeMutableBytes { read(terminal.master, $0.baseAddress, $0.count) }
            guard got > 0 else { break }
            let now = MonotonicClock.nanoseconds()
            scratch.withUnsafeBufferPointer { stripper.feed(UnsafeBufferPointer(rebasing: $0[0..<got]), into: &text) }
            totalBytes += got
            count += got
            reads.append((text.count, totalBytes, now))
        }
        return count
    }

    /// Waits until `marker` appears in the text printed after text offset `from`; returns the
    /// instant (monotonic ns) of the read that completed it, or nil on timeout or exit.
    func waitFor(_ marker: String, fromText offset: Int = 0, timeoutMilliseconds: Double) -> UInt64? {
        let needle = Array(marker.utf8)
        let deadline = MonotonicClock.nanoseconds() + UInt64(timeoutMilliseconds * 1_000_000)
        var searchFrom = offset
        while true {
            if let end = find(needle, from: searchFrom) {
                return reads.first { $0.textEnd >= end }?.time
            }
            searchFrom = max(offset, text.count - needle.count + 1)
            let now = MonotonicClock.nanoseconds()
            if now >= deadline || program.hasExited() { return nil }
            pump(timeoutMilliseconds: Int32(max(1, min(50, (deadline - now) / 1_000_000))))
        }
    }

    /// Reads until no byte has come for `quietMilliseconds`, starting at `reference` (monotonic ns).
    /// Returns nil when nothing at all arrived within `timeoutMilliseconds`.
    func waitForQuiet(after reference: UInt64, quietMilliseconds: Double, timeoutMilliseconds: Double) -> Burst? {
        let startBytes = totalBytes
        let firstIndex = reads.count
        let deadline = reference + UInt64(timeoutMilliseconds * 1_000_000)
        let quiet = UInt64(quietMilliseconds * 1_000_000)
        while true {
            let now = MonotonicClock.nanoseconds()
            let lastTime = reads.count > firstIndex ? reads[reads.count - 1].time : nil
            if let lastTime, now >= lastTime + quiet { break }
            if lastTime == nil, now >= deadline { return nil }
            if now >= deadline + UInt64(5_000 * 1_000_000) { break }
            let wait = lastTime.map { $0 + quiet - min(now, $0 + quiet) } ?? (deadline - now)
            pump(timeoutMilliseconds: Int32(max(1, min(50, wait / 1_000_000 + 1))))
        }
        let first = reads[firstIndex].time
        let last = reads[reads.count - 1].time
        return Burst(
            firstByte: Double(first - min(first, reference)) / 1_000_000,
            lastByte: Double(last - min(last, reference)) / 1_000_000,
            bytes: totalBytes - startBytes
        )
    }

    /// Keeps reading for `milliseconds`, returning the bytes that came.
    func drain(forMilliseconds milliseconds: Double) -> Int {
        let before = totalBytes
        let deadline = MonotonicClock.nanoseconds() + UInt64(milliseconds * 1_000_000)
        while true {
            let now = MonotonicClock.nanoseconds()
            if now >= deadline { break }
            pump(timeoutMilliseconds: Int32(max(1, min(200, (deadline - now) / 1_000_000))))
        }
        return totalBytes - before
    }

    /// Writes keys to the program; returns the instant just before the write.
    @discardableResult
    func send(_ keys: String) -> UInt64 {
        let bytes = Array(keys.utf8)
        let now = MonotonicClock.nanoseconds()
        _ = bytes.withUnsafeBytes { write(terminal.master, $0.baseAddress, $0.count) }
        return now
    }

    /// Length of the printable text seen so far (an offset for `waitFor`).
    var textLength: Int { text.count }

    /// The last `count` printable characters, for diagnostics.
    func tail(_ count: Int) -> String {
        String(decoding: text.suffix(count), as: UTF8.self)
    }

    /// Asks the program to stop (SIGTERM, then SIGKILL after a second), reading meanwhile so a
    /// program restoring its terminal never blocks on a full pty buffer.
    func stop() {
        program.signal(SIGTERM)
        let deadline = MonotonicClock.nanoseconds() + 1_000_000_000
        while !program.hasExited() && MonotonicClock.nanoseconds() < deadline {
            pump(timeoutMilliseconds: 20)
        }
        if !program.hasExited() {
            program.signal(SIGKILL)
            while !program.hasExited() { pump(timeoutMilliseconds: 20) }
        }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, text.count - start >= needle.count else { return nil }
        var index = max(0, start)
        let last = text.count - needle.count
        while index <= last {
            if text[index] == needle[0] {
                var matched = true
                for offset in 1..<needle.count where text[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index + needle.count }
            }
            index += 1
        }
        return nil
    }
}
