import Foundation
import OpsModel
import Testing
@testable import OpsSources
#if canImport(Glibc)
import Glibc
#endif

/// Kills `opsdeck journal note` with SIGKILL at random moments, again and again, and checks that
/// every note the command acknowledged ("saved" on stdout) is in the replayed journal.
@Suite("Journal durability under SIGKILL", .serialized)
struct JournalDurabilityTests {
    @Test(.timeLimit(.minutes(1)))
    func everyAcknowledgedNoteSurvivesKills() throws {
        guard let executable = JournalTestSupport.executable else {
            Issue.record("the opsdeck executable is not built next to the tests; run swift build first")
            return
        }
        let directory = JournalTestSupport.temporaryDirectory()
        let base = ["--journal-dir", directory.path, "--now", "2026-11-27T09:00:00Z"]
        let started = try JournalTestSupport.run(["journal", "start", "prod-de-nordkauf", "--incident", "INC-KILL"] + base, environment: ["USER": "tester"])
        #expect(started.status == 0, "\(started.stderr)")

        var generator = SystemRandomNumberGenerator()
        var acknowledged: [String] = []
        var killed = 0
        let deadline = Date().addingTimeInterval(8)
        var attempt = 0
        while Date() < deadline && attempt < 120 {
            attempt += 1
            let text = "note-\(attempt)"
            let process = Process()
            process.executableURL = executable
            process.arguments = ["journal", "note", "INC-KILL", text] + base
            process.environment = ProcessInfo.processInfo.environment.merging(["USER": "tester"]) { $1 }
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Anywhere from before start-up finishes to after the write: the runs that get killed
            // must not have lost anything they acknowledged.
            usleep(UInt32.random(in: 0...100_000, using: &generator))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if output.contains("saved") { acknowledged.append(text) }
        }

        print("journal durability: \(attempt) runs, \(killed) killed, \(acknowledged.count) acknowledged")
        let replay = try JournalFile(directory: directory).read()
        let notes = Set((replay.incident("INC-KILL")?.notes ?? []).compactMap { entry -> String? in
            if case .note(let text) = entry.event { return text } else { return nil }
        })
        let lost = acknowledged.filter { !notes.contains($0) }
        #expect(lost.isEmpty, "acknowledged but lost: \(lost)")
        // Killing is the point of the test: make sure both outcomes happened.
        #expect(killed > 0)
        #expect(!acknowledged.isEmpty)
        // SIGKILL cannot tear a single write(2); any skipped line would be a bug in append.
        #expect(replay.problems.isEmpty, "\(replay.problems)")
    }
}
