import Foundation
import TerminalTestSupport
import Testing

/// The real binary in a real terminal (tmux), driven by keys, checked by screen text.
@Suite(.serialized) struct ConsoleEndToEndTests {
    static let fixedNow = "2026-11-27T09:00:00Z"

    /// Runs opsdeck in a shell that records the terminal settings before and after, its pid and exit code.
    static func start(width: Int = 120, height: Int = 40, environment: String = "LANG=C.UTF-8 TERM=xterm-256color", arguments: String = "") throws -> TmuxSession {
        let binary = Binary.path
        return try TmuxSession(width: width, height: height) { directory in
            """
            stty -g > \(directory)/before; \
            \(environment) sh -c 'echo $$ > \(directory)/pid; exec \(binary) --now \(fixedNow) \(arguments)'; \
            echo EXIT=$?; stty -g > \(directory)/after; sleep 30
            """
        }
    }

    static func file(_ session: TmuxSession, _ name: String) -> String {
        (try? String(contentsOfFile: session.directory.appendingPathComponent(name).path, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// After the program ended: it said EXIT=0, left the alternate screen and restored every tty setting.
    static func expectRestored(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
        let screen = session.waitFor("EXIT=", timeout: 5)
        #expect(screen?.contains("EXIT=0") == true, "exit: \(screen ?? "no EXIT line within 5 s")", sourceLocation: sourceLocation)
        #expect(session.paneValue("#{alternate_on}") == "0", "still in the alternate screen", sourceLocation: sourceLocation)
        _ = session.waitUntil(timeout: 3) { _ in !file(session, "after").isEmpty }
        #expect(!file(session, "before").isEmpty, sourceLocation: sourceLocation)
        #expect(file(session, "before") == file(session, "after"), "terminal settings changed", sourceLocation: sourceLocation)
    }

    @Test func keysDriveTheViewsAndQuitRestoresTheTerminal() throws {
        let session = try Self.start()
        defer { session.close() }
        #expect(session.waitFor("prod-de-nordkauf") != nil, "first frame never came")
        #expect(session.paneValue("#{alternate_on}") == "1")

        // Health: drill into the worst environment, see its critical signals, come back.
        session.send("2")
        #expect(session.waitFor("Estate › Health") != nil)
        session.send("Enter")
        let health = session.waitFor("Estate › Health › prod-de-nordkauf")
        #expect(health?.contains("BUSINESS IMPACT") == true && health?.contains("✖ crit") == true)
        session.send("Escape")
        #expect(session.waitUntil { $0.contains("Estate › Health") && !$0.contains("Health › prod-de-nordkauf") } != nil)
        // Calendar: Black Friday is frozen for production, with the readiness verdict and next slot.
        session.send("3")
        let calendar = session.waitFor("Readiness")
        #expect(calendar?.contains("NO-GO") == true)
        session.send("w")
        #expect(session.waitFor("Week ") != nil)
        // Backups: riskiest first, drill into it.
        session.send("5")
        #expect(session.waitFor("Estate › Backups") != nil)
        session.send("Enter")
        #expect(session.waitFor("Estate › Backups › prod-at-nordkauf") != nil)
        session.send("Escape")
        session.send("1")
        #expect(session.waitFor("Estate › Environments") != nil)

        session.send("/")
        session.send("harbour", literal: true)
        let filtered = session.waitUntil { $0.contains("prod-us-harbour") && !$0.contains("prod-de-nordkauf") }
        #expect(filtered != nil, "filter did not narrow the list")
        session.send("Escape")
        #expect(session.waitFor("prod-de-nordkauf") != nil, "Esc did not clear the filter")

        session.send(":")
        session.send("env prod-de-nordkauf", literal: true)
        session.send("Enter")
        #expect(session.waitFor("Open incidents") != nil, "drill-in did not show the detail")
        #expect(session.capture().contains("INC-2419"))
        session.send("Escape")
        #expect(session.waitUntil { !$0.contains("Open incidents") && $0.contains("by tenant") } != nil, "Esc did not go back")

        session.send("?")
        #expect(session.waitFor("Help: keys") != nil)
        session.send("Escape")
        #expect(session.waitUntil { !$0.contains("Help: keys") } != nil)

        session.send("q")
        Self.expectRestored(session)
    }

    @Test func signalToRunbookToJournalSurvivesARestart() throws {
        let journal = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-journal-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: journal) }
        var session = try Self.start(arguments: "--journal-dir \(journal.path)")
        #expect(session.waitFor("prod-de-nordkauf") != nil)
        // Health, drill into the worst environment, Enter opens its runbook filled for it.
        session.send("2")
        #expect(session.waitFor("Estate › Health") != nil)
        session.send("Enter")
        #expect(session.waitFor("Estate › Health › prod-de-nordkauf") != nil)
        session.send("Enter")
        let reader = session.waitFor("Estate › Runbooks ›")
        #expect(reader?.contains("Filled for prod-de-nordkauf") == true, "runbook not opened for the environment: \(reader ?? "")")
        // Tick the next step (x, Enter) and write a note (n, text, Enter); wait until each is on disk.
        session.send("x")
        #expect(session.waitFor("tick step number") != nil)
        session.send("Enter")
        #expect(session.waitFor("saved to the journal") != nil)
        session.send("n")
        #expect(session.waitFor("note (Enter saves") != nil)
        session.send("killed the blocking migration session", literal: true)
        session.send("Enter")
        #expect(session.waitUntil { $0.contains("saved to the journal") && !$0.contains("saving") } != nil)
        session.send("q")
        Self.expectRestored(session)
        session.close()

        // Reopen: the journal shows the incident with the ticked step and the note.
        session = try Self.start(arguments: "--journal-dir \(journal.path)")
        defer { session.close() }
        #expect(session.waitFor("prod-de-nordkauf") != nil)
        session.send("4")
        let list = session.waitFor("INC-2419")
        #expect(list != nil, "the open incident is not shown after a restart")
        let export = Spawn.run([Binary.path, "journal", "export", "INC-2419", "--journal-dir", journal.path], captureOutput: true)
        #expect(export.status == 0)
        #expect(export.output.contains("killed the blocking migration session"))
        #expect(export.output.contains("[x]") || export.output.lowercased().contains("done"))
        session.send("q")
        Self.expectRestored(session)
    }

    @Test(arguments: ["TERM", "HUP", "INT"])
    func aSignalEndsTheConsoleCleanly(signal: String) throws {
        let session = try Self.start(width: 80, height: 24)
        defer { session.close() }
        #expect(session.waitFor("prod-de-nordkauf") != nil)
        let pid = Self.file(session, "pid")
        #expect(!pid.isEmpty)
        TmuxSession.run(["kill", "-\(signal)", pid])
        Self.expectRestored(session)
    }

    @Test func theScreenMatchesTheRenderedSnapshotAt80x24() throws {
        let session = try Self.start(width: 80, height: 24)
        defer { session.close() }
        let screen = try #require(session.waitFor("data 0s old"))
        let snapshotURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ConsoleTests/Snapshots/environments-80x24.txt")
        let snapshot = try String(contentsOf: snapshotURL, encoding: .utf8)
        let expected = snapshot.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix(24)
            .map { String($0.dropFirst()) }
        let actual = screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(24)
            .map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        #expect(Array(actual) == Array(expected))
        session.send("q")
        Self.expectRestored(session)
    }

    @Test func withoutUTF8TheScreenIsPureASCII() throws {
        let session = try Self.start(width: 80, height: 24, environment: "LANG=C LC_ALL=C TERM=vt100")
        defer { session.close() }
        let screen = try #require(session.waitFor("prod-de-nordkauf"))
        let isASCII = screen.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(isASCII, "non-ASCII under LANG=C")
        #expect(screen.contains("X crit"))
        session.send("q")
        Self.expectRestored(session)
    }

    @Test(arguments: ["dumb", "no-such-terminal"])
    func anUnusableTerminalGetsOneLineThatPointsAtStatus(term: String) throws {
        let session = try Self.start(width: 100, height: 10, environment: "LANG=C.UTF-8 TERM=\(term)")
        defer { session.close() }
        let screen = try #require(session.waitFor("EXIT="))
        #expect(screen.contains("EXIT=2"))
        #expect(screen.contains("opsdeck status"))
        #expect(session.paneValue("#{alternate_on}") == "0")
    }

    @Test func notATerminalIsRefusedWithOneLine() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["--now", Self.fixedNow]
        let errors = Pipe()
        process.standardOutput = Pipe()
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.contains("opsdeck status"))
        #expect(message.split(separator: "\n").count == 1)
    }
}
