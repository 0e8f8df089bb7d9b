import Foundation
import Testing

/// The journal and runbooks commands, run as the user runs them.
@Suite("Journal CLI", .serialized)
struct JournalCLITests {
    @Test func startTickNoteListAndExport() throws {
        guard JournalTestSupport.executable != nil else {
            Issue.record("the opsdeck executable is not built next to the tests; run swift build first")
            return
        }
        let directory = JournalTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let base = ["--journal-dir", directory.path, "--now", "2026-11-27T09:00:00Z"]
        let user = ["USER": "erik"]
        func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
            try JournalTestSupport.run(arguments + base, environment: user)
        }

        let start = try run(["journal", "start", "prod-de-nordkauf", "--runbook", "pg-lock-contention"])
        #expect(start.status == 0, "\(start.stderr)")
        // The estate's open incident on that environment is picked up.
        #expect(start.stdout.hasPrefix("saved: opened INC-2419 for prod-de-nordkauf"))
        #expect(try run(["journal", "tick", "INC-2419", "2"]).status == 0)
        #expect(try run(["journal", "note", "INC-2419", "Blocker", "is", "pid", "4711"]).stdout.hasPrefix("saved: note on INC-2419"))
        let unknown = try run(["journal", "note", "INC-0000", "lost?"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("journal start"))
        let badStep = try run(["journal", "tick", "INC-2419", "99"])
        #expect(badStep.status != 0)

        let list = try run(["journal", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("INC-2419  open    prod-de-nordkauf         1      1"))

        let export = try run(["journal", "export", "INC-2419"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("# Incident INC-2419 — Stores report stock levels not updating after 17.0.5.0\n"))
        #expect(export.stdout.contains("### PostgreSQL lock contention (`pg-lock-contention`)"))
        #expect(export.stdout.contains("- [x] 2. See who waits on whom"))
        #expect(export.stdout.contains("- [ ] 1. Open a psql session on the primary: — pending"))
        #expect(export.stdout.contains("1 of 11 steps done."))
        #expect(export.stdout.contains("- 2026-11-27 09:00 UTC — erik: Blocker is pid 4711"))
        #expect(export.stdout.contains("## Timeline"))

        // A torn tail (crash mid-append) is reported on stderr, and the export still works.
        let handle = try FileHandle(forWritingTo: directory.appendingPathComponent("journal.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"v":1,"incid"#.utf8))
        try handle.close()
        let afterCrash = try run(["journal", "export", "INC-2419"])
        #expect(afterCrash.status == 0)
        #expect(afterCrash.stderr.contains("line 4: torn last line"))
        #expect(afterCrash.stdout.contains("## Journal problems"))

        let closed = try run(["journal", "close", "INC-2419", "--summary", "cron disabled"])
        #expect(closed.status == 0)
        #expect(try run(["journal", "list", "--json"]).stdout.contains(#""open" : false"#))
    }

    @Test func runbooksSearchAndShow() throws {
        guard JournalTestSupport.executable != nil else {
            Issue.record("the opsdeck executable is not built next to the tests; run swift build first")
            return
        }
        let now = ["--now", "2026-11-27T09:00:00Z"]
        let search = try JournalTestSupport.run(["runbooks", "--search", "replication"] + now)
        #expect(search.status == 0)
        #expect(search.stdout.split(separator: "\n").dropFirst().first?.hasPrefix("pg-replication-lag") == true)
        let json = try JournalTestSupport.run(["runbooks", "--json"] + now)
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 8)
        #expect(rows?.contains { $0["id"] as? String == "restore-pitr" && $0["stale"] as? Bool == true } == true)
        let show = try JournalTestSupport.run(["runbooks", "show", "pg-replication-lag", "--env", "prod-de-nordkauf"] + now)
        #expect(show.stdout.contains("kubectl --context k8s-fra-shared -n nk-de exec -it pg-primary-0"))
        #expect(show.stdout.contains("⟨missing: component.name⟩"))
    }
}
