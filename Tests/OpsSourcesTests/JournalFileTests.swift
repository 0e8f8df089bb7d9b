import Foundation
import OpsModel
import Testing
@testable import OpsSources

@Suite("Journal file")
struct JournalFileTests {
    static let now = Date(timeIntervalSince1970: 1_795_770_000)

    static func note(_ text: String, _ seconds: Double = 0) -> JournalEntry {
        JournalEntry(incidentID: "INC-1", at: now.addingTimeInterval(seconds), author: "ana", event: .note(text))
    }

    @Test func appendThenReadBack() throws {
        let root = JournalTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let journal = JournalFile(directory: root.appendingPathComponent("nested/state"))
        #expect(try journal.read() == .empty)
        try journal.append(JournalEntry(incidentID: "INC-1", at: Self.now, author: "ana", event: .opened(environmentID: "prod-de-nordkauf", title: "t", runbookIDs: [])))
        try journal.append([Self.note("one", 1), Self.note("two", 2)])
        let replay = try journal.read()
        #expect(replay.entryCount == 3)
        #expect(replay.problems.isEmpty)
        #expect(replay.incident("INC-1")?.notes.count == 2)
        let text = try String(contentsOf: journal.url, encoding: .utf8)
        #expect(text.hasSuffix("\n") && text.split(separator: "\n").count == 3)
        let permissions = try FileManager.default.attributesOfItem(atPath: journal.url.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func appendAfterATornLineStartsOnAFreshLine() throws {
        let directory = JournalTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let journal = JournalFile(directory: directory)
        try journal.append(Self.note("kept"))
        // A crash in the middle of a write leaves a line without its end.
        let handle = try FileHandle(forWritingTo: journal.url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"v":1,"incident":"INC-1","at":"2026-11"#.utf8))
        try handle.close()
        let before = try journal.read()
        #expect(before.entryCount == 1)
        #expect(before.problems.first?.isTornTail == true)
        #expect(before.problems.first?.line == 2)

        try journal.append(Self.note("after the crash", 5))
        let after = try journal.read()
        #expect(after.entryCount == 2)
        #expect(after.incident("INC-1")?.notes.map(\.event) == [.note("kept"), .note("after the crash")])
        // The torn line is now an invalid middle line: still reported, no longer the tail.
        #expect(after.problems.map(\.line) == [2])
        #expect(after.problems.first?.isTornTail == false)
    }

    @Test func unwritableDirectoryThrowsInsteadOfPretending() {
        let journal = JournalFile(directory: URL(fileURLWithPath: "/proc/opsdeck-cannot-exist"))
        #expect(throws: JournalFileError.self) { try journal.append(Self.note("x")) }
    }

    @Test func locationFollowsFlagThenXDGThenHome() {
        #expect(JournalLocation.directory(explicit: "/tmp/j", environment: ["XDG_STATE_HOME": "/x"]).path == "/tmp/j")
        #expect(JournalLocation.directory(explicit: nil, environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/a"]).path == "/x/state/opsdeck")
        #expect(JournalLocation.directory(explicit: nil, environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/a"]).path == "/home/a/.local/state/opsdeck")
        #expect(JournalLocation.directory(explicit: nil, environment: ["HOME": "/home/a"]).path == "/home/a/.local/state/opsdeck")
        #expect(JournalLocation.author(environment: ["USER": "erik"]) == "erik")
        #expect(JournalLocation.author(environment: [:]) == "unknown")
    }

    @Test func demoEstateShipsUsefulRunbooksThatLoadCleanly() throws {
        let load = FixtureDirectory.load(directory: try #require(DemoEstate.directory), now: Self.now)
        let runbookIssues = load.issues.filter { $0.path.contains("/runbooks/") }
        #expect(runbookIssues.isEmpty, "\(runbookIssues)")
        let ids = Set(load.estate.runbooks.map(\.id))
        #expect(ids.isSuperset(of: ["pg-replication-lag", "pg-lock-contention", "wal-archiving-failure", "redis-memory", "traefik-5xx", "pos-sync-backlog", "deploy-rollback", "restore-pitr"]))
        // Every runbook a signal or alert points to exists.
        let linked = Set(load.estate.signals.compactMap(\.runbookID) + load.estate.alerts.compactMap { $0.runbookURL.flatMap(RunbookLinks.runbookID(fromURL:)) })
        #expect(linked.isSubset(of: ids), "missing: \(linked.subtracting(ids))")
        #expect(load.estate.runbooks.contains { RunbookReview(runbook: $0, now: Self.now).isStale })
        for runbook in load.estate.runbooks {
            let document = MarkdownDocument(parsing: runbook.body)
            #expect(document.steps.count >= 5, "\(runbook.id) has \(document.steps.count) steps")
            #expect(!document.codeBlocks.isEmpty, "\(runbook.id) has no commands")
            let unknown = PlaceholderFiller.keys(in: runbook.body).filter { !PlaceholderContext.knownKeys.contains($0) }
            #expect(unknown.isEmpty, "\(runbook.id) uses unknown placeholders \(unknown)")
        }
    }
}
