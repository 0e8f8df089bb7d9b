import Foundation

/// Drives a real program in a private tmux server: keys in, screen text out, bounded waits only.
public final class TmuxSession {
    public let socket: String
    public let directory: URL

    /// Starts a detached session of the given size running the command built for the session's own
    /// scratch directory, in a clean environment (tmux sets TERM itself).
    public init(width: Int, height: Int, command: (String) -> String) throws {
        socket = "opsdeck-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // A clean environment: the test runner sets NO_COLOR, TERM and more, which would leak into the pane.
        let inherited = ProcessInfo.processInfo.environment
        let clean = ["PATH=\(inherited["PATH"] ?? "/usr/bin:/bin")", "HOME=\(inherited["HOME"] ?? "/tmp")", "USER=\(inherited["USER"] ?? "tester")"]
        let status = Self.run(["env", "-i"] + clean + ["tmux", "-L", socket, "new-session", "-d", "-x", "\(width)", "-y", "\(height)", command(directory.path)])
        if status != 0 { throw TmuxError(message: "tmux could not start (is it installed? `apt-get install -y tmux`)") }
    }

    /// The visible screen, one line per row.
    public func capture() -> String {
        Self.output(["tmux", "-L", socket, "capture-pane", "-p"])
    }

    /// A tmux format value of the pane, e.g. `#{alternate_on}`.
    public func paneValue(_ format: String) -> String {
        Self.output(["tmux", "-L", socket, "display-message", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends keys as tmux names them (`Enter`, `Escape`, `Down`) or literal text with `literal: true`.
    public func send(_ keys: String..., literal: Bool = false) {
        Self.run(["tmux", "-L", socket, "send-keys"] + (literal ? ["-l"] : []) + keys)
    }

    /// Polls the screen until `marker` shows, for at most `timeout` seconds; returns the screen.
    @discardableResult
    public func waitFor(_ marker: String, timeout: TimeInterval = 10, settled: Bool = true) -> String? {
        waitUntil(timeout: timeout, settled: settled) { $0.contains(marker) }
    }

    /// Polls until the screen satisfies `condition`. With `settled`, the screen returned is one that
    /// a second capture 20 ms later still shows: tmux can be captured between two reads of one
    /// frame, and a half-drawn overlay would make the caller's checks of its rows flaky.
    public func waitUntil(timeout: TimeInterval = 10, settled: Bool = true, _ condition: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var lastMatch: String?
        while Date() < deadline {
            let screen = capture()
            if condition(screen) {
                if !settled || screen == lastMatch { return screen }
                lastMatch = screen
                usleep(20_000)
                continue
            }
            lastMatch = nil
            usleep(30_000)
        }
        // A screen that kept changing (a live clock) but met the condition is still an answer.
        return lastMatch
    }

    /// Ends the tmux server and removes the session's files.
    public func close() {
        Self.run(["tmux", "-L", socket, "kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    deinit { close() }

    @discardableResult
    public static func run(_ arguments: [String]) -> Int32 {
        Spawn.run(arguments).status
    }

    public static func output(_ arguments: [String]) -> String {
        Spawn.run(arguments, captureOutput: true).output
    }
}

public struct TmuxError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Where the built `opsdeck` binary is: beside the test bundle, or `OPSDECK_BINARY`.
public enum Binary {
    public static var path: String {
        if let explicit = ProcessInfo.processInfo.environment["OPSDECK_BINARY"] { return explicit }
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("opsdeck").path
        if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/opsdeck").path
    }
}
