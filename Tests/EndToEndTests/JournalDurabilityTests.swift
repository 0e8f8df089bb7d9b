import Foundation
import TerminalTestSupport
import Testing

/// Kills `opsdeck journal note` with SIGKILL at random moments, again and again, and checks that
/// every note the command acknowledged ("saved" on stdout) is in the journal afterwards.
@Suite("Journal durability under SIGKILL", .serialized)
struct JournalDurabilityTests {
    @Test(.timeLimit(.minutes(1)))
    func everyAcknowledgedNoteSurvivesKills() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-kill-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let base = ["--journal-dir", directory.path, "--now", "2026-11-27T09:00:00Z", "--author", "tester"]
        let started = Spawn.run([Binary.path, "journal", "start", "prod-de-nordkauf", "--incident", "INC-KILL"] + base)
        #expect(started.status == 0)

        // Kill times scale with how long one unkilled note takes on this machine now, so a loaded
        // CI machine still sees both outcomes: killed before, during and after the write.
        let clock = ContinuousClock()
        let baseline = clock.measure { _ = Spawn.run([Binary.path, "journal", "note", "INC-KILL", "baseline"] + base) }
        let baselineMicroseconds = max(2_000, Int(baseline.components.seconds * 1_000_000 + baseline.components.attoseconds / 1_000_000_000_000))
        var acknowledged = ["baseline"]
        var killed = 0
        let deadline = Date().addingTimeInterval(8)
        var attempt = 0
        while Date() < deadline && attempt < 120 {
            attempt += 1
            let text = "note-\(attempt)"
            guard let running = Spawn.start([Binary.path, "journal", "note", "INC-KILL", text] + base) else { continue }
            usleep(UInt32(Int.random(in: 0...(baselineMicroseconds * 3 / 2))))
            if kill(running.pid, SIGKILL) == 0 { killed += 1 }
            let result = running.wait()
            if result.output.contains("saved") { acknowledged.append(text) }
        }
        print("journal durability: \(attempt) runs, \(killed) kill signals, \(acknowledged.count) acknowledged, baseline \(baseline)")

        let export = Spawn.run([Binary.path, "journal", "export", "INC-KILL"] + base, captureOutput: true)
        #expect(export.status == 0)
        let lost = acknowledged.filter { !export.output.contains($0) }
        #expect(lost.isEmpty, "acknowledged but lost: \(lost)")
        #expect(killed > 0)
        #expect(acknowledged.count > 1, "no killed run got as far as acknowledging: kill times too short")
        // SIGKILL cannot tear a single write(2); a skipped line would be a bug in append.
        let list = Spawn.run([Binary.path, "journal", "list"] + base, captureOutput: true)
        #expect(list.status == 0)
        #expect(!export.output.lowercased().contains("skipped"), "journal lines were skipped")
    }
}
