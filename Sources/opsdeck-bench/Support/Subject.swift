import Foundation

/// A full-screen program driven through the harness: opsdeck or a peer, and how to drive it.
struct Subject {
    /// How "first full frame" is recognised.
    enum FirstFrame {
        /// Text drawn last in the first complete frame.
        case marker(String)
        /// The end of the first burst of output followed by this many milliseconds of silence.
        case quiet(Double)
    }

    var name: String
    var path: String
    var arguments: [String]
    var firstFrame: FirstFrame
    /// Keys that switch views, pressed in turn (each press is one measurement).
    var viewKeys: [String]
    /// What the view keys do, for the report.
    var viewKeyLabel: String
    /// Opens the filter/search input; nil when the program has none worth measuring.
    var filterOpen: String?
    var filterLabel: String = ""
    /// Closes the filter input again.
    var filterClose: String = "\r"

    /// How the first frame is recognised, for the report.
    var firstFrameLabel: String {
        switch firstFrame {
        case .marker(let text): return "marker \"\(text)\""
        case .quiet(let milliseconds): return "first burst + \(Int(milliseconds)) ms quiet"
        }
    }

    /// Waits for the first full frame; returns milliseconds since the program was started.
    func waitForFirstFrame(_ session: TerminalSession, timeoutMilliseconds: Double = 60_000) -> Double? {
        switch firstFrame {
        case .marker(let text):
            return session.waitFor(text, timeoutMilliseconds: timeoutMilliseconds).map { Double($0 - session.startedAt) / 1_000_000 }
        case .quiet(let quiet):
            return session.waitForQuiet(after: session.startedAt, quietMilliseconds: quiet, timeoutMilliseconds: timeoutMilliseconds)?.lastByte
        }
    }

    /// opsdeck on an estate, with a fixed clock unless `live`.
    static func opsdeck(_ context: BenchContext, _ estate: BenchEstate, live: Bool = false) throws -> Subject {
        Subject(
            name: live ? "opsdeck (live)" : "opsdeck",
            path: try context.opsdeckPath(), arguments: estate.opsdeckArguments(live: live),
            firstFrame: .marker(BenchContext.opsdeckMarker),
            viewKeys: ["2", "1"], viewKeyLabel: "2/1 (Health, Environments)",
            filterOpen: "/", filterLabel: "/ then p, Backspace"
        )
    }

    /// htop, btop and glances when installed; a line for each that is not.
    static func peers(_ context: BenchContext) -> [Subject] {
        var found: [Subject] = []
        let candidates: [(String, (String) -> Subject)] = [
            ("htop", { path in
                Subject(name: "htop", path: path, arguments: [], firstFrame: .marker("F10Quit"),
                        viewKeys: ["t", "t"], viewKeyLabel: "t (tree view on/off)",
                        filterOpen: "\\", filterLabel: "\\ then p, Backspace")
            }),
            ("btop", { path in
                Subject(name: "btop", path: path, arguments: [], firstFrame: .quiet(50),
                        viewKeys: ["e", "e"], viewKeyLabel: "e (tree view on/off)",
                        filterOpen: "f", filterLabel: "f then p, Backspace")
            }),
            ("glances", { path in
                Subject(name: "glances", path: path, arguments: [], firstFrame: .quiet(50),
                        viewKeys: ["2", "2"], viewKeyLabel: "2 (sidebar on/off)", filterOpen: nil)
            }),
        ]
        for (name, make) in candidates {
            if let path = which(name) {
                found.append(make(path))
            } else {
                context.report.note("peer \(name) skipped: not installed (apt-get install -y \(name))")
            }
        }
        return found
    }

    /// The first executable called `name` on PATH.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Starts the subject in a 120x40 pseudo-terminal.
    func start(_ context: BenchContext, columns: Int = 120, rows: Int = 40) throws -> TerminalSession {
        try TerminalSession(path: path, arguments: arguments, columns: columns, rows: rows,
                            environment: TerminalSession.environment(home: context.home))
    }
}
