import Foundation
import OpsModel
import OpsSources

/// What every benchmark shares: options, the report, the estates and where opsdeck is.
final class BenchContext {
    let options: BenchOptions
    let report = Report()
    /// A throw-away HOME for every program under test.
    let home: String
    private var estates: [String: BenchEstate] = [:]
    private var hasEvictedOpsdeck = false

    init(options: BenchOptions) throws {
        self.options = options
        home = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-bench-home-\(getpid())").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: home)
    }

    /// Repeats: the full count, or the quick one under --quick.
    func repeats(_ full: Int, quick: Int) -> Int {
        options.quick ? quick : full
    }

    /// The demo estate.
    func demo() throws -> BenchEstate {
        try estate("demo") { try BenchEstate.demo() }
    }

    /// 1,000 environments x 40 signals.
    func thousand() throws -> BenchEstate {
        try estate("1k") { try BenchEstate.generated("1k", environments: 1_000, options: options) }
    }

    /// 10,000 environments x 40 signals.
    func tenThousand() throws -> BenchEstate {
        try estate("10k") { try BenchEstate.generated("10k", environments: 10_000, options: options) }
    }

    private func estate(_ name: String, make: () throws -> BenchEstate) throws -> BenchEstate {
        if let known = estates[name] { return known }
        let made = try make()
        estates[name] = made
        return made
    }

    /// The release opsdeck binary, checked to exist.
    func opsdeckPath() throws -> String {
        let path = options.opsdeckPath
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchError.failed("no opsdeck binary at \(path): run `swift build -c release --product opsdeck` first (or pass --opsdeck PATH)")
        }
        if !hasEvictedOpsdeck {
            hasEvictedOpsdeck = true
            Self.evictFromPageCache(path)
            // Read back by one run that is not measured, as an installed binary's pages are:
            // otherwise the first measured start read them from disk (97 ms against 18 ms).
            Self.runQuietly(path, ["status", "--now", "2026-11-27T09:00:00Z"])
        }
        return path
    }

    /// Runs a program to its end, its output thrown away.
    private static func runQuietly(_ path: String, _ arguments: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return }
        process.waitUntilExit()
    }

    /// Drops a file's pages from the page cache, so the first start reads them as an installed
    /// binary's are read. A binary the linker has just written sits in large page-cache folios
    /// that a start maps whole: the demo's peak RSS read 22.4 MiB for it and 20.6 MiB for the
    /// same bytes copied elsewhere or read back (the difference is all file pages).
    private static func evictFromPageCache(_ path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return }
        // Written back first: the advice drops clean pages only, and a binary linked seconds ago
        // is still dirty.
        _ = fsync(descriptor)
        _ = posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_DONTNEED))
        close(descriptor)
    }

    /// Starts opsdeck on an estate in a pseudo-terminal.
    func startOpsdeck(_ estate: BenchEstate, columns: Int = 120, rows: Int = 40, live: Bool = false, extraArguments: [String] = []) throws -> TerminalSession {
        try TerminalSession(
            path: try opsdeckPath(), arguments: estate.opsdeckArguments(live: live) + extraArguments,
            columns: columns, rows: rows, environment: TerminalSession.environment(home: home)
        )
    }

    /// The marker opsdeck's status bar shows once data is loaded, drawn last in the frame
    /// ("data 0s old"; a long fixture path in the source name may cut off the "old").
    static let opsdeckMarker = "data 0s"
}
