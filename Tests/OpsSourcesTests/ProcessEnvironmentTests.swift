import Foundation
import Testing
@testable import OpsSources

/// `ProcessEnvironment` reads `environ` as `ProcessInfo` and `getenv` do.
@Suite struct ProcessEnvironmentTests {
    private static func parse(_ entries: [String]) -> [String: String] {
        let copies = entries.map { strdup($0)! }
        defer { copies.forEach { free($0) } }
        return ProcessEnvironment.parse(copies.map { UnsafePointer($0) })
    }

    @Test func readsNamesAndValuesAsGetenvDoes() {
        let variables = Self.parse(["HOME=/home/ops", "EMPTY=", "URL=a=b=c", "TZ=Europe/Paris", "HOME=/second", "NOEQUALS", "=value", "NAME=caf\u{e9}"])
        #expect(variables == ["HOME": "/home/ops", "EMPTY": "", "URL": "a=b=c", "TZ": "Europe/Paris", "NAME": "caf\u{e9}"])
    }

    @Test func matchesWhatGetenvReads() {
        // Every name Foundation knows (it keeps the last of a name given twice, getenv the first).
        for name in ProcessInfo.processInfo.environment.keys where !name.isEmpty {
            #expect(ProcessEnvironment.variables[name] == getenv(name).map { String(cString: $0) }, "\(name)")
        }
        #expect(ProcessEnvironment.variables.keys.allSatisfy { getenv($0) != nil })
    }
}

/// `DirectoryListing` names what `FileManager` names.
@Suite struct DirectoryListingTests {
    @Test func namesEveryEntryButDotAndDotDot() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("runbooks"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["20-signals.yaml", ".hidden", "10 environments.yaml", "caf\u{e9}.yml"] {
            try Data("x".utf8).write(to: directory.appendingPathComponent(name))
        }
        let names = try #require(DirectoryListing.names(atPath: directory.path))
        #expect(names.sorted() == [".hidden", "10 environments.yaml", "20-signals.yaml", "caf\u{e9}.yml", "runbooks"])
        #expect(names.sorted() == (try FileManager.default.contentsOfDirectory(atPath: directory.path)).sorted())
        #expect(DirectoryListing.names(atPath: directory.appendingPathComponent("missing").path) == nil)
        #expect(DirectoryListing.names(atPath: directory.appendingPathComponent("20-signals.yaml").path) == nil)
    }
}
