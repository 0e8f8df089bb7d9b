import Foundation

/// Runs a program and waits for it with posix_spawn and waitpid: no run loop, no signal source,
/// so a child that exits at once is always reaped (Foundation's Process could miss it here).
public enum Spawn {
    /// A started child with its standard output, to wait for or kill.
    public struct Running {
        public let pid: pid_t
        public let outputFD: Int32

        /// Waits for the child; returns its exit status (128+signal when killed) and its output.
        public func wait() -> (status: Int32, output: String) {
            var output = Data()
            if outputFD >= 0 {
                var chunk = [UInt8](repeating: 0, count: 4096)
                while true {
                    let count = read(outputFD, &chunk, chunk.count)
                    if count <= 0 { break }
                    output.append(contentsOf: chunk[0..<count])
                }
                close(outputFD)
            }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            let exitCode: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            return (exitCode, String(decoding: output, as: UTF8.self))
        }
    }

    /// Runs `arguments` (looked up on PATH); returns the exit status and standard output.
    @discardableResult
    public static func run(_ arguments: [String], captureOutput: Bool = false) -> (status: Int32, output: String) {
        guard let running = start(arguments, captureOutput: captureOutput) else { return (-1, "") }
        return running.wait()
    }

    /// Starts `arguments` without waiting; nil when it could not be spawned.
    public static func start(_ arguments: [String], captureOutput: Bool = true) -> Running? {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        var pipeFDs: [Int32] = [-1, -1]
        if captureOutput {
            // O_CLOEXEC: children other tests spawn meanwhile must not hold our write end open.
            guard pipe2(&pipeFDs, O_CLOEXEC) == 0 else { return nil }
            posix_spawn_file_actions_adddup2(&fileActions, pipeFDs[1], STDOUT_FILENO)
            posix_spawn_file_actions_addclose(&fileActions, pipeFDs[0])
        } else {
            posix_spawn_file_actions_addopen(&fileActions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&fileActions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        // Nothing else goes to the child (a tmux server outlives the test that started it, and
        // would hold other tests' pipes open).
        _ = spawnClosefrom(&fileActions, 3)
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        // The test runner blocks and ignores signals in its threads, and both are inherited
        // through exec: a tmux server that cannot take the SIGTERM its kill-server sends itself
        // lives on with its pane (a console polling a dead agent) long after the test.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD, SIGWINCH, SIGTSTP, SIGTTIN, SIGTTOU] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &fileActions, &attributes, cArguments, environ)
        if captureOutput { close(pipeFDs[1]) }
        guard spawned == 0 else {
            if captureOutput { close(pipeFDs[0]) }
            return nil
        }
        return Running(pid: pid, outputFD: captureOutput ? pipeFDs[0] : -1)
    }
}

/// glibc's pipe2(2), which Swift's Glibc module does not export: both ends close-on-exec atomically.
@_silgen_name("pipe2")
private func pipe2(_ descriptors: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32

/// glibc's (2.34+) `posix_spawn_file_actions_addclosefrom_np`, which Swift's Glibc module does not export.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func spawnClosefrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowest: Int32) -> Int32
