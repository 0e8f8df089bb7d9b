import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a command gave no output to read.
public enum SubprocessError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The program is not on PATH (or not executable).
    case notFound(String)
    /// It ran past the timeout and was killed.
    case timedOut(String, Duration)
    /// It exited non-zero; the first line of its standard error says why.
    case failed(String, status: Int32, message: String)
    /// It could not be started for another reason.
    case launch(String, String)

    public var description: String {
        switch self {
        case .notFound(let program): return "\(program): not found on PATH"
        case .timedOut(let program, let limit): return "\(program): no answer within \(HTTPDuration.text(limit)); killed"
        case .failed(let program, let status, let message): return "\(program) exited with status \(status)" + (message.isEmpty ? "" : ": \(message)")
        case .launch(let program, let message): return "\(program): cannot start: \(message)"
        }
    }
}

/// Runs a command with a deadline: posix_spawn, both pipes drained with poll(), SIGKILL at the deadline.
///
/// A wedged `psql` or `redis-cli` must cost one collector its signals, never the agent its refresh loop.
public enum Subprocess {
    /// Standard output of `arguments` (the program looked up on PATH), or why there is none.
    public static func run(_ arguments: [String], timeout: Duration, outputLimit: Int = 16 << 20) async -> Result<Data, SubprocessError> {
        // A thread of its own: the wait blocks, and a busy dispatch pool must not delay the deadline.
        await withCheckedContinuation { continuation in
            Thread {
                continuation.resume(returning: runBlocking(arguments, timeout: timeout, outputLimit: outputLimit))
            }.start()
        }
    }

    static func runBlocking(_ arguments: [String], timeout: Duration, outputLimit: Int) -> Result<Data, SubprocessError> {
        guard let program = arguments.first else { return .failure(.launch("(empty command)", "no program given")) }
        var outputPipe: [Int32] = [-1, -1]
        var errorPipe: [Int32] = [-1, -1]
        // O_CLOEXEC: children spawned at the same moment by other threads must not inherit our ends.
        guard pipe2(&outputPipe, O_CLOEXEC) == 0 else { return .failure(.launch(program, "pipe: \(String(cString: strerror(errno)))")) }
        guard pipe2(&errorPipe, O_CLOEXEC) == 0 else {
            close(outputPipe[0]); close(outputPipe[1])
            return .failure(.launch(program, "pipe: \(String(cString: strerror(errno)))"))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], STDERR_FILENO)
        for descriptor in outputPipe + errorPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }
        // Nothing else goes to the child: a descriptor another part of the process opened
        // without close-on-exec (Foundation's pipes do) would otherwise be held open by the
        // collector, or by a server it starts, for as long as it lives; a reader of that pipe
        // then never saw its end (found when a test's postgres kept another test's pipe open).
        _ = posix_spawn_file_actions_addclosefrom_np(&actions, 3)
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, &actions, nil, cArguments, environ)
        close(outputPipe[1])
        close(errorPipe[1])
        guard spawned == 0 else {
            close(outputPipe[0]); close(errorPipe[0])
            if spawned == ENOENT || spawned == EACCES { return .failure(.notFound(program)) }
            return .failure(.launch(program, String(cString: strerror(spawned))))
        }
        let deadline = ContinuousClock.now + timeout
        var output = Data()
        var errors = Data()
        var open = [outputPipe[0], errorPipe[0]]
        var timedOut = false
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            let remaining = ContinuousClock.now.duration(to: deadline)
            if remaining <= .zero {
                timedOut = true
                break
            }
            let milliseconds = Int32(clamping: remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000 + 1)
            var descriptors = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
            if ready < 0, errno == EINTR { continue }
            if ready <= 0 { continue }
            for descriptor in descriptors where descriptor.revents != 0 {
                let count = read(descriptor.fd, &buffer, buffer.count)
                if count <= 0 {
                    open.removeAll { $0 == descriptor.fd }
                    close(descriptor.fd)
                } else if descriptor.fd == outputPipe[0] {
                    if output.count < outputLimit { output.append(contentsOf: buffer[0..<count]) }
                } else if errors.count < 65536 {
                    errors.append(contentsOf: buffer[0..<count])
                }
            }
        }
        for descriptor in open { close(descriptor) }
        if timedOut { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        if timedOut { return .failure(.timedOut(program, timeout)) }
        let exited = (status & 0x7f) == 0
        let code: Int32 = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        if code == 127 { return .failure(.notFound(program)) }
        guard code == 0 else {
            let message = String(decoding: errors, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            return .failure(.failed(program, status: code, message: message.trimmingCharacters(in: .whitespaces)))
        }
        return .success(output)
    }
}

/// Durations as people read them.
enum HTTPDuration {
    static func text(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}

/// glibc's (2.34+) file action closing every descriptor from `lowest` on in the child, which
/// Swift's Glibc module does not export.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func posix_spawn_file_actions_addclosefrom_np(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowest: Int32) -> Int32

/// glibc's pipe2(2), which Swift's Glibc module does not export: the only way to get both ends
/// close-on-exec atomically, before another thread's posix_spawn can inherit them.
@_silgen_name("pipe2")
private func pipe2(_ descriptors: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32
