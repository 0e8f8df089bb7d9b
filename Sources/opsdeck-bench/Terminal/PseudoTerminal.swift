import Glibc

/// A pseudo-terminal pair of a given size; the bench keeps the master, a child gets the slave.
final class PseudoTerminal {
    /// The master side: what the program writes to its screen is read here; keys are written here.
    let master: Int32
    /// The slave's path (`/dev/pts/N`), opened by the child as its controlling terminal.
    let slavePath: String

    /// Opens a pair and sets its window size, so the child sees `columns` x `rows` at once.
    init(columns: Int, rows: Int) throws {
        // posix_openpt, grantpt, unlockpt and ptsname are hidden from Swift's Glibc module
        // (they need _XOPEN_SOURCE), so do what glibc does on Linux: open the multiplexer,
        // unlock the slave and ask for its number. grantpt is a no-op with devpts.
        let fd = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard fd >= 0 else { throw BenchError.failed("cannot open /dev/ptmx: errno \(errno)") }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(fd, PseudoTerminal.setLock, &unlock) == 0, ioctl(fd, PseudoTerminal.getNumber, &number) == 0 else {
            close(fd)
            throw BenchError.failed("cannot unlock the pseudo-terminal: errno \(errno)")
        }
        slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(fd, UInt(TIOCSWINSZ), &size) == 0 else {
            close(fd)
            throw BenchError.failed("TIOCSWINSZ failed: errno \(errno)")
        }
        // Non-blocking so reads never stall the timing loop; close-on-exec so other children
        // (peers started beside this one) do not hold it open.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        master = fd
    }

    /// TIOCSPTLCK = _IOW('T', 0x31, int) and TIOCGPTN = _IOR('T', 0x30, unsigned int): function-like
    /// macros Swift cannot import; these values hold on x86_64 and arm64 Linux.
    private static let setLock = UInt(0x4004_5431)
    private static let getNumber = UInt(0x8004_5430)

    deinit {
        close(master)
    }
}
