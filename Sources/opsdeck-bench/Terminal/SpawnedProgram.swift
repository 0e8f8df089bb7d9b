import Foundation
import Glibc

/// A program started on a pseudo-terminal's slave as a session leader with that terminal as its
/// controlling terminal, as a login shell would start it.
final class SpawnedProgram {
    let pid: pid_t
    private(set) var exited = false

    /// Starts `path` with `arguments` (argv[1...]) and exactly `environment`.
    ///
    /// posix_spawn rather than fork: forking a multi-threaded Swift process is unsafe, and
    /// POSIX_SPAWN_SETSID runs before the file actions, so opening the slave path makes it the
    /// controlling terminal (ncurses and the peers need one for SIGWINCH and /dev/tty).
    init(path: String, arguments: [String], environment: [String: String], terminal: PseudoTerminal) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, terminal.slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(SpawnedProgram.setSessionFlag | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var child: pid_t = 0
        let status = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard status == 0 else { throw BenchError.failed("cannot start \(path): \(String(cString: strerror(status)))") }
        pid = child
    }

    /// glibc's POSIX_SPAWN_SETSID (2.26 and later), not exported by Swift's Glibc module.
    private static let setSessionFlag: Int32 = 0x80

    /// True once the child has exited (reaped).
    func hasExited() -> Bool {
        if exited { return true }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { exited = true }
        return exited
    }

    /// Sends a signal unless the child is gone.
    func signal(_ number: Int32) {
        if !hasExited() { kill(pid, number) }
    }

    deinit {
        if !hasExited() {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }
}
