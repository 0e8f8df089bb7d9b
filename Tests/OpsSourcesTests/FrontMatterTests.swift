import Foundation
import Testing
@testable import OpsSources

/// Front matter found by bytes splits every text as the character lines it replaced did.
@Suite struct FrontMatterTests {
    /// The way it was done before: `Character` lines, trimmed of `CharacterSet.whitespaces`.
    private static func reference(_ text: String) -> (header: String, body: String)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let closing = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else { return nil }
        return (lines[0..<closing].joined(separator: "\n"), lines[(closing + 1)...].joined(separator: "\n"))
    }

    @Test(arguments: [
        "---\nid: a\ntitle: A\n---\n# Body\n\ntext\n",
        "---\nid: a\n---",
        "---\nid: a\n---\n",
        "  ---\t\nid: a\n \t---  \nbody",
        "---\n---\nbody",
        "---\nid: a\n",
        "no front matter\n---\n",
        "",
        "\n---\nid: a\n---\n",
        "---\nid: é — ünïcode\n----\n---\nbody ✓\n",
        "---\nid: a\n--- x\n---\nbody\n---\nmore\n",
    ])
    func splitsAsTheCharacterLinesDid(text: String) {
        let split = FrontMatter.split(text)
        let reference = Self.reference(text)
        #expect(split?.header == reference?.header, "\(text.debugDescription)")
        #expect(split?.body == reference?.body, "\(text.debugDescription)")
    }

    @Test func randomTextsSplitAsTheCharacterLinesDid() {
        var state: UInt64 = 42
        // Carriage returns and other Unicode spaces are where the two differ on purpose (below).
        let pieces = ["---", "\n", " ", "\t", "id: a", "é", "-", "--", "x", "---\n"]
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int(state % 12) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let split = FrontMatter.split(text)
            let reference = Self.reference(text)
            #expect(split?.header == reference?.header, "\(text.debugDescription)")
            #expect(split?.body == reference?.body, "\(text.debugDescription)")
        }
    }

    @Test func aRunbookWithCRLFLineEndsHasItsFrontMatterFound() throws {
        let text = "---\r\nid: crlf\r\ntitle: Written on Windows\r\n---\r\n# Steps\r\n"
        let split = try #require(FrontMatter.split(text))
        #expect(split.header == "---\r\nid: crlf\r\ntitle: Written on Windows\r")
        #expect(split.body == "# Steps\r\n")
        let log = IssueLog()
        let runbook = RunbookFixtures.runbook(text: text, path: "crlf.md", anchor: Date(timeIntervalSince1970: 0), log: log)
        #expect(runbook?.id == "crlf")
        #expect(runbook?.title == "Written on Windows")
        #expect(log.issues.isEmpty, "\(log.issues)")
    }
}
