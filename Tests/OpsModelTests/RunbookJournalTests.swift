import Foundation
import Testing
@testable import OpsModel

@Suite("Runbook journal: codec, replay, report")
struct RunbookJournalTests {
    static let start = Date(timeIntervalSince1970: 1_795_770_000)   // 2026-11-27T09:00:00Z

    static func entry(_ seconds: Double, _ event: JournalEvent, incident: String = "INC-1", author: String = "erik") -> JournalEntry {
        JournalEntry(incidentID: incident, at: start.addingTimeInterval(seconds), author: author, event: event)
    }

    static let entries: [JournalEntry] = [
        entry(0, .opened(environmentID: "prod-de-nordkauf", title: "Stock not updating", runbookIDs: ["pg-lock-contention"])),
        entry(60, .step(runbookID: "pg-lock-contention", number: 1, title: "Open a psql session", done: true)),
        entry(90, .note("Blocker is pid 4711, a stock_sync cron.\nSecond line.")),
        entry(120, .step(runbookID: "pg-lock-contention", number: 2, title: "See who waits", done: true), author: "ana"),
        entry(130, .step(runbookID: "pg-lock-contention", number: 1, title: "Open a psql session", done: false)),
        entry(140, .opened(environmentID: "prod-at-nordkauf", title: "", runbookIDs: []), incident: "INC-2"),
        entry(150, .closed(summary: "archiving fixed"), incident: "INC-2"),
    ]

    @Test func everyEventRoundTripsThroughOneLine() throws {
        for entry in Self.entries {
            let line = JournalCodec.encode(entry)
            #expect(!line.contains("\n"))
            #expect(try JournalCodec.decode(line).get() == entry)
        }
        let resumed = Self.entry(0.125, .resumed)
        #expect(try JournalCodec.decode(JournalCodec.encode(resumed)).get().at == resumed.at)
    }

    @Test func lineFormatIsStable() {
        let line = JournalCodec.encode(Self.entry(0, .note("hi")))
        #expect(line == #"{"at":"2026-11-27T09:00:00.000Z","author":"erik","incident":"INC-1","kind":"note","text":"hi","v":1}"#)
    }

    @Test func badLinesAreRejectedWithReasons() {
        #expect(throws: JournalCodec.LineError.self) { try JournalCodec.decode(#"{"v":1,"incident":"I","at":"2026-11-27T05:40:00Z","author":"a","kind":"note"}"#).get() }
        #expect(throws: JournalCodec.LineError.self) { try JournalCodec.decode(#"{"v":2,"incident":"I","at":"2026-11-27T05:40:00Z","author":"a","kind":"resumed"}"#).get() }
        #expect(throws: JournalCodec.LineError.self) { try JournalCodec.decode(#"{"v":1,"incident":"I","at":"yesterday","author":"a","kind":"resumed"}"#).get() }
        #expect(throws: JournalCodec.LineError.self) { try JournalCodec.decode(#"{"v":1,"incident":"I","at":"2026-11-27T05:40:00Z","author":"a","kind":"exploded"}"#).get() }
    }

    @Test func replayRebuildsEachIncident() {
        let replay = JournalReplay(entries: Self.entries)
        #expect(replay.incidents.map(\.id) == ["INC-1", "INC-2"])
        let first = replay.incident("INC-1")!
        #expect(first.environmentID == "prod-de-nordkauf")
        #expect(first.isOpen)
        #expect(first.isDone(runbookID: "pg-lock-contention", step: 2))
        #expect(!first.isDone(runbookID: "pg-lock-contention", step: 1))   // unticked later
        #expect(first.notes.count == 1)
        #expect(first.lastActivity == Self.start.addingTimeInterval(130))
        #expect(!replay.incident("INC-2")!.isOpen)
        #expect(replay.openIncidents.map(\.id) == ["INC-1"])
        #expect(replay.activeIncident(environmentID: "prod-de-nordkauf")?.id == "INC-1")
        #expect(replay.activeIncident(environmentID: "prod-at-nordkauf") == nil)
    }

    @Test func resumingReopensAClosedIncident() {
        let replay = JournalReplay(entries: Self.entries + [Self.entry(200, .resumed, incident: "INC-2")])
        #expect(replay.incident("INC-2")!.isOpen)
    }

    @Test func tornLastLineIsReportedAndSkipped() {
        let lines = Self.entries.map(JournalCodec.encode)
        let torn = String(lines[2].prefix(25))
        let contents = (lines[0...1] + [""]).joined(separator: "\n") + torn
        let replay = JournalReplay(contents: Data(contents.utf8))
        #expect(replay.entryCount == 2)
        #expect(replay.problems == [JournalProblem(line: 3, message: replay.problems.first?.message ?? "", isTornTail: true)])
        #expect(replay.problems[0].message.contains("torn last line (25 bytes"))
    }

    @Test func invalidMiddleLineIsSkippedWithItsNumberAndTheRestKept() {
        let lines = Self.entries.map(JournalCodec.encode)
        // A torn line that a later append continued after a newline, plus garbage bytes.
        let contents = [lines[0], String(lines[1].prefix(10)), "\u{0}\u{0}\u{0}", lines[2], ""].joined(separator: "\n")
        let replay = JournalReplay(contents: Data(contents.utf8))
        #expect(replay.entryCount == 2)
        #expect(replay.problems.map(\.line) == [2, 3])
        #expect(replay.problems.allSatisfy { !$0.isTornTail })
        #expect(replay.incident("INC-1")?.notes.count == 1)
    }

    @Test func completeLastLineWithoutNewlineIsKept() {
        let contents = JournalCodec.encode(Self.entries[0])
        let replay = JournalReplay(contents: Data(contents.utf8))
        #expect(replay.entryCount == 1 && replay.problems.isEmpty)
    }

    @Test func entryBeforeOpeningStillCounts() {
        let replay = JournalReplay(entries: [Self.entry(0, .note("first"), incident: "INC-9")])
        #expect(replay.incident("INC-9")?.environmentID == nil)
        #expect(replay.incident("INC-9")?.notes.count == 1)
    }

    @Test func reportListsStepsDoneAndPendingNotesAndTimeline() {
        let runbook = Runbook(id: "pg-lock-contention", title: "PostgreSQL lock contention", body: """
        1. Open a psql session on {{env.namespace}}
        2. See who waits
        3. Cancel the blocker
        """)
        let replay = JournalReplay(entries: Self.entries)
        let report = JournalReport.markdown(
            incident: replay.incident("INC-1")!, runbooks: [runbook],
            context: PlaceholderContext(values: ["env.namespace": "nk-de"]), now: Self.start.addingTimeInterval(600), zone: TimeZone(identifier: "UTC")!
        )
        #expect(report.hasPrefix("# Incident INC-1 — Stock not updating\n"))
        #expect(report.contains("- Status: open for 10m"))
        #expect(report.contains("- People: erik, ana"))
        #expect(report.contains("- [ ] 1. Open a psql session on nk-de — pending"))
        #expect(report.contains("- [x] 2. See who waits — done 2026-11-27 09:02 UTC by ana"))
        #expect(report.contains("- [ ] 3. Cancel the blocker — pending"))
        #expect(report.contains("1 of 3 steps done."))
        #expect(report.contains("- 2026-11-27 09:01 UTC — erik: Blocker is pid 4711, a stock_sync cron. Second line."))
        #expect(report.contains("- 2026-11-27 09:02 UTC erik: unticked pg-lock-contention step 1: Open a psql session"))
        #expect(!report.contains("Journal problems"))
    }
}
