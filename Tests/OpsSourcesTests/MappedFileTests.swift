import Foundation
import OpsModel
import Testing
@testable import OpsSources

/// A mapped fixture file reads as the file, gives its pages back without losing them, and a file
/// that shrinks while mapped neither crashes the reader nor goes unnoticed.
@Suite struct MappedFileTests {
    private static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-mapped-\(UUID().uuidString).yaml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Rewrites the file in place (same inode, as `>` in a shell does), shorter.
    private static func rewriteInPlace(_ path: String, with bytes: [UInt8]) {
        let descriptor = open(path, O_WRONLY | O_TRUNC)
        #expect(descriptor >= 0)
        bytes.withUnsafeBytes { _ = write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    @Test func readsTheFilesBytesAndReadsThemAgainAfterGivingThemBack() throws {
        var random = SystemRandomNumberGenerator()
        let file = (0..<300_000).map { _ in UInt8.random(in: 32...126, using: &random) }
        let path = try Self.temporaryFile(file)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mapping = try #require(MappedFile(path: path))
        #expect(Array(mapping.bytes) == file)
        mapping.release(0..<file.count)
        mapping.release(4_000..<123_457)
        #expect(Array(mapping.bytes) == file)
        #expect(!mapping.isTorn)
    }

    @Test func anEmptyOrMissingFileIsNotMapped() throws {
        let path = try Self.temporaryFile([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(MappedFile(path: path) == nil)
        #expect(MappedFile(path: path + ".missing") == nil)
        #expect(MappedFile(path: FileManager.default.temporaryDirectory.path) == nil)
    }

    @Test func aFileTruncatedWhileMappedReadsAsZerosAndIsTorn() throws {
        let file = [UInt8](repeating: UInt8(ascii: "x"), count: 64 * 1_024)
        let path = try Self.temporaryFile(file)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mapping = try #require(MappedFile(path: path))
        #expect(mapping.bytes[40_000] == UInt8(ascii: "x"))
        Self.rewriteInPlace(path, with: Array("short".utf8))
        // Past the new end: a SIGBUS without the guard.
        #expect(mapping.bytes[40_000] == 0)
        #expect(mapping.bytes[mapping.bytes.count - 1] == 0)
        #expect(mapping.isTorn)
        // Another mapping of the same (now short) file is not torn.
        let again = try #require(MappedFile(path: path))
        #expect(Array(again.bytes) == Array("short".utf8))
        #expect(!again.isTorn)
    }

    @Test func aFileWrittenInPlaceAtTheSameSizeHasChanged() throws {
        let path = try Self.temporaryFile(Array("apiVersion: opsdeck/v1\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mapping = try #require(MappedFile(path: path))
        #expect(!mapping.hasChanged)
        // No read faults (the size is the same): only the file's times tell.
        usleep(2_000)
        Self.rewriteInPlace(path, with: Array("apiVersion: opsdeck/v2\n".utf8))
        #expect(!mapping.isTorn)
        #expect(mapping.hasChanged)
        try FileManager.default.removeItem(atPath: path)
        #expect(mapping.hasChanged)
    }

    @Test func manyMappingsComeAndGo() throws {
        let path = try Self.temporaryFile(Array("apiVersion: opsdeck/v1\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // More than the guard's 64 slots over time: each is given back when its mapping goes.
        for _ in 0..<200 {
            let mapping = try #require(MappedFile(path: path))
            #expect(mapping.bytes.first == UInt8(ascii: "a"))
        }
    }

    private static func signals(_ count: Int, from first: Int = 0) -> String {
        "apiVersion: opsdeck/v1\nsignals:\n" + (first..<(first + count)).map { index in
            "  - {env: prod-a, component: pg, key: pg.waiting_locks, warn: 5, crit: 20, samples: [\(index)]}\n"
        }.joined()
    }

    /// A mapped file's text is checked beside its parse: one that is not UTF-8 without NUL is
    /// still skipped with the same issue, whatever its parse gave, and the others load.
    @Test(arguments: [(UInt8(0), "holds a NUL byte"), (UInt8(0xFF), "is not UTF-8 text")])
    func aMappedFileThatIsNotTextIsSkipped(spoiler: UInt8, issue: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-mapped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try ConcurrentListLoadingTests.estate.write(toFile: directory.appendingPathComponent("00-estate.yaml").path, atomically: true, encoding: .utf8)
        var signals = Array(Self.signals(ItemReaders.concurrentMinimum).utf8)
        signals[signals.count / 2] = spoiler
        let signalsPath = directory.appendingPathComponent("20-signals.yaml").path
        try Data(signals).write(to: URL(fileURLWithPath: signalsPath))
        for mapsFrom in [0, Int.max] {
            let load = FixtureDirectory.load(directory: directory, now: ConcurrentListLoadingTests.anchor, readsLinesDirectly: true, mapsFrom: mapsFrom)
            #expect(load.issues.map(\.message) == [issue], "mapsFrom \(mapsFrom)")
            #expect(load.issues.map(\.path) == [signalsPath])
            #expect(load.estate.signals.isEmpty)
            #expect(load.estate.environments.map(\.id) == ["prod-a", "dev-a"])
            #expect(load.files == [directory.appendingPathComponent("00-estate.yaml").path])
        }
    }

    /// A file rewritten between its check and its decode (an editor saving in place), shorter or
    /// at the same size: the load does not crash and gives what the files now hold.
    @Test(arguments: [3, ItemReaders.concurrentMinimum * 2])
    func aFileRewrittenDuringTheLoadIsReadAgainAsItNowIs(itemsAfter: Int) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-mapped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let signalsPath = directory.appendingPathComponent("20-signals.yaml").path
        try ConcurrentListLoadingTests.estate.write(toFile: directory.appendingPathComponent("00-estate.yaml").path, atomically: true, encoding: .utf8)
        try Self.signals(ItemReaders.concurrentMinimum * 2).write(toFile: signalsPath, atomically: true, encoding: .utf8)
        var rewrites = 0
        let load = FixtureDirectory.load(directory: directory, now: ConcurrentListLoadingTests.anchor, readsLinesDirectly: true, mapsFrom: 0) {
            // Only the first attempt: the load done again must not find the file changing.
            guard rewrites == 0 else { return }
            rewrites += 1
            // The same count of items, each one sample higher: the same size but for a few digits.
            Self.rewriteInPlace(signalsPath, with: Array(Self.signals(itemsAfter, from: itemsAfter == 3 ? 0 : 1).utf8))
        }
        #expect(rewrites == 1)
        let expected = itemsAfter == 3 ? [[0.0], [1], [2]] : (1...itemsAfter).map { [Double($0)] }
        #expect(load.estate.signals.map { $0.samples.map(\.value) } == expected)
        #expect(load.issues.isEmpty, "\(load.issues)")
        #expect(load.estate.environments.map(\.id) == ["prod-a", "dev-a"])
    }
}
