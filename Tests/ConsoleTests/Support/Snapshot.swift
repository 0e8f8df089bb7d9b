import Foundation
import Testing
import TerminalUI

/// Text snapshots of rendered screens, stored under Tests/ConsoleTests/Snapshots.
///
/// Run with `OPSDECK_RECORD=1` to write the current output as the expected one; the diff then
/// shows in review like any other file.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// The screen as text: one line per row, right-trimmed, with a frame line showing the size.
    static func text(_ buffer: Buffer) -> String {
        let rule = String(repeating: "-", count: buffer.size.width)
        return (["+\(rule)+ \(buffer.size)"] + buffer.lines().map { "|" + $0 } + ["+\(rule)+"]).joined(separator: "\n") + "\n"
    }

    /// Compares a rendered screen with its stored snapshot (or records it).
    static func assertMatches(_ buffer: Buffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        assertMatches(text: text(buffer), named: name, sourceLocation: sourceLocation)
    }

    /// Compares any text with its stored snapshot (or records it).
    static func assertMatches(text actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["OPSDECK_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; run with OPSDECK_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
            let expectedLine = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<none>"
            let actualLine = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<none>"
            Issue.record("snapshot \(name) differs at line \(firstDifference + 1):\n  expected: \(expectedLine)\n  actual:   \(actualLine)\n(OPSDECK_RECORD=1 re-records)", sourceLocation: sourceLocation)
        }
    }
}
