import Foundation

/// A real `opsdeck-agent` process on loopback, started for one test and killed by it.
final class AgentProcess {
    let pid: pid_t
    let port: Int
    let logPath: String

    /// The built agent binary: beside the test bundle, or in .build/debug.
    static var binary: String {
        if let explicit = ProcessInfo.processInfo.environment["OPSDECK_AGENT_BINARY"] { return explicit }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("opsdeck-agent").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/opsdeck-agent").path
    }

    /// Starts the agent and waits (at most 15 s) for its `listening` log line.
    init(arguments: [String], port requested: Int = 0) throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-agent-\(UUID().uuidString).log").path
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        logPath = log
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log, O_WRONLY | O_APPEND, 0)
        // The agent lives for the whole test: it must not hold other tests' pipes open.
        _ = agentProcessClosefrom(&actions, 3)
        let all = [Self.binary, "--listen", "127.0.0.1:\(requested)"] + arguments
        let cArguments = all.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var child: pid_t = 0
        guard posix_spawn(&child, Self.binary, &actions, nil, cArguments, environ) == 0 else {
            throw TestFailure("cannot start \(Self.binary)")
        }
        pid = child
        let deadline = Date().addingTimeInterval(15)
        var found: Int?
        while Date() < deadline {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.contains("\"event\":\"listening\"") }),
               let range = line.range(of: "\"port\":") {
                found = Int(line[range.upperBound...].prefix { $0.isNumber })
                break
            }
            var status: Int32 = 0
            if waitpid(child, &status, WNOHANG) == child { throw TestFailure("the agent exited at start: \(text)") }
            usleep(20_000)
        }
        guard let found else {
            Glibc.kill(child, SIGKILL)
            throw TestFailure("the agent did not start listening within 15 s")
        }
        port = found
    }

    var url: URL { URL(string: "http://127.0.0.1:\(port)")! }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// SIGKILL and reap: the agent dies as a crashed one would, with no goodbye.
    func kill() {
        Foundation.kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }

    deinit {
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == 0 { kill() }
        try? FileManager.default.removeItem(atPath: logPath)
    }
}

/// A failure in test set-up, with a message.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A token file with mode 600, removed by the caller's `defer`.
func makeTokenFile(_ token: String, mode: Int = 0o600) -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-token-\(UUID().uuidString)").path
    _ = FileManager.default.createFile(atPath: path, contents: Data((token + "\n").utf8), attributes: [.posixPermissions: mode])
    return path
}

/// glibc's (2.34+) `posix_spawn_file_actions_addclosefrom_np`, which Swift's Glibc module does not export.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func agentProcessClosefrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowest: Int32) -> Int32
