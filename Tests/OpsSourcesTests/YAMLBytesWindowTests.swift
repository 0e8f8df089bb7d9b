import Foundation
import Testing
@testable import OpsSources

/// A file let go after its check is read back a window at a time into storage kept between
/// reads: every range asked for must still be the file's own bytes, whatever came before.
@Suite struct YAMLBytesWindowTests {
    @Test func rangesReadBackAreTheFilesBytesInAnyOrder() throws {
        // Three windows' worth of varied bytes, so a stale window would show.
        var random = SystemRandomNumberGenerator()
        let file = (0..<(3 * YAMLBytes.windowSize + 12_345)).map { _ in UInt8.random(in: 32...126, using: &random) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-window-\(UUID().uuidString).yaml").path
        try Data(file).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = YAMLBytes(bytes: nil, path: path)
        let size = file.count
        let window = YAMLBytes.windowSize
        // Forward, inside the last window, backward, one range larger than a window (the storage
        // grows), then small ones again, and the very end.
        let ranges = [0..<10, 100..<5_000, window - 3..<window + 3, 2 * window..<2 * window + 1, 10..<20,
                      5..<(window + window / 2), 7..<9, size - 50..<size, size - 1..<size]
        for range in ranges {
            let read = source.withBytes(from: range.lowerBound, to: range.upperBound) { buffer, base in
                Array(buffer[(range.lowerBound - base)..<(range.upperBound - base)])
            }
            #expect(read == Array(file[range]), "range \(range)")
        }
        source.releaseWindow()
        let again = source.withBytes(from: 1, to: 4) { buffer, base in Array(buffer[(1 - base)..<(4 - base)]) }
        #expect(again == Array(file[1..<4]))
        // Past the end the file no longer holds the range.
        #expect(source.withBytes(from: size - 2, to: size + 2) { _, _ in true } == nil)
    }

    @Test func aFileThatShrankAnswersNilThenReadsWhatItHolds() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-window-\(UUID().uuidString).yaml").path
        try Data(repeating: UInt8(ascii: "a"), count: 4_096).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = YAMLBytes(bytes: nil, path: path)
        #expect(source.withBytes(from: 4_000, to: 4_096) { buffer, base in buffer[4_000 - base] } == UInt8(ascii: "a"))
        try Data(repeating: UInt8(ascii: "b"), count: 1_000).write(to: URL(fileURLWithPath: path))
        // Still inside the window read before: that read's bytes, as a deferred item sees them.
        #expect(source.withBytes(from: 4_000, to: 4_096) { _, _ in true } == true)
        source.releaseWindow()
        #expect(source.withBytes(from: 4_000, to: 4_096) { _, _ in true } == nil)
        #expect(source.withBytes(from: 0, to: 1_000) { buffer, base in buffer[999 - base] } == UInt8(ascii: "b"))
    }
}
