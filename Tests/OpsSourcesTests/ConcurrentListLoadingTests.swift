import Foundation
import OpsModel
import Testing
@testable import OpsSources

/// Long lists are read on several threads: the result must be the one a single thread gives,
/// items and issues in list order, with the whole list's indices and lines.
@Suite struct ConcurrentListLoadingTests {
    static let anchor = ISO8601.parse("2026-11-27T09:00:00Z")!

    /// A tenant and two environments, each with one PostgreSQL component.
    static let estate = """
    apiVersion: opsdeck/v1
    tenants:
      - {id: acme, name: Acme Retail, tenancy: dedicated}
    environments:
      - {id: prod-a, tenant: acme, stage: production, tier: core-production, region: eu-west-1, components: [{id: pg, kind: postgres-primary}]}
      - {id: dev-a, tenant: acme, stage: development, tier: non-production, region: eu-west-1, components: [{id: pg, kind: postgres-primary}]}
    """

    /// Lines before the first signal item of `signalsFile`.
    private static let signalsHeader = 2

    /// `count` signals; item `i` has samples `[i, i.5]`, except the broken ones listed.
    private static func signalsFile(count: Int, notANumberAt: Int, unknownEnvironmentAt: Int, unknownFieldAt: Int) -> String {
        var text = "apiVersion: opsdeck/v1\nsignals:\n"
        for index in 0..<count {
            let environment = index == unknownEnvironmentAt ? "nowhere" : (index.isMultiple(of: 2) ? "prod-a" : "dev-a")
            let samples = index == notANumberAt ? "[many]" : "[\(index), \(index).5]"
            let extra = index == unknownFieldAt ? ", colour: blue" : ""
            text += "  - {env: \(environment), component: pg, key: pg.waiting_locks, warn: 5, crit: 20, samples: \(samples)\(extra)}\n"
        }
        return text
    }

    @Test func aLongListLoadsInOrderWithEveryIssueWhereItIs() throws {
        let count = ItemReaders.concurrentMinimum * 2 + 7
        let (broken, unknown, extra) = (7, count - 3, count / 2)
        let signals = Self.signalsFile(count: count, notANumberAt: broken, unknownEnvironmentAt: unknown, unknownFieldAt: extra)
        let load = FixtureDirectory.parse(files: [("estate.yaml", Self.estate), ("signals.yaml", signals)], now: Self.anchor)
        try Self.expectLoaded(load, count: count, skipped: [broken, unknown], path: "signals.yaml")
        #expect(load.issues.map(\.field) == ["signals[\(broken)].samples[0]", "signals[\(extra)].colour", "signals[\(unknown)].env"])
        #expect(load.issues.map(\.line) == [broken, extra, unknown].map { $0 + Self.signalsHeader + 1 })
        #expect(load.issues.map(\.severity) == [.error, .warning, .error])
    }

    /// A short list of many bytes is read in one part per core: the same items and issues.
    @Test func aShortListOfManyBytesLoadsInOrderWithEveryIssueWhereItIs() throws {
        let count = 300
        let (broken, unknown, extra) = (count / 2 + 1, count - 1, 5)
        let signals = Self.signalsFile(count: count, notANumberAt: broken, unknownEnvironmentAt: unknown, unknownFieldAt: extra)
        #expect(count < ItemReaders.concurrentMinimum && signals.utf8.count >= ItemReaders.concurrentMinimumBytes)
        let load = FixtureDirectory.parse(files: [("estate.yaml", Self.estate), ("signals.yaml", signals)], now: Self.anchor)
        try Self.expectLoaded(load, count: count, skipped: [broken, unknown], path: "signals.yaml")
        #expect(load.issues.map(\.field) == ["signals[\(extra)].colour", "signals[\(broken)].samples[0]", "signals[\(unknown)].env"])
        #expect(load.issues.map(\.line) == [extra, broken, unknown].map { $0 + Self.signalsHeader + 1 })
    }

    /// Over 4 MiB, the file is mapped (its pages given back after the check and after each
    /// part), or, not mapped, its bytes are let go after the check and each part reads it back
    /// from disk through its own window.
    @Test(arguments: [FixtureYAML.releaseThreshold, Int.max])
    func aFileReadBackFromDiskLoadsTheSame(mapsFrom: Int) throws {
        let count = 60_000
        let signals = Self.signalsFile(count: count, notANumberAt: 3, unknownEnvironmentAt: count - 1, unknownFieldAt: 31_000)
        #expect(signals.utf8.count >= FixtureYAML.releaseThreshold)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-concurrent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.estate.write(to: directory.appendingPathComponent("00-estate.yaml"), atomically: true, encoding: .utf8)
        try signals.write(to: directory.appendingPathComponent("20-signals.yaml"), atomically: true, encoding: .utf8)
        let load = FixtureDirectory.load(directory: directory, now: Self.anchor, readsLinesDirectly: true, mapsFrom: mapsFrom)
        try Self.expectLoaded(load, count: count, skipped: [3, count - 1], path: directory.appendingPathComponent("20-signals.yaml").path)
        #expect(load.issues.map(\.field) == ["signals[3].samples[0]", "signals[31000].colour", "signals[\(count - 1)].env"])
    }

    /// Every signal but the skipped ones, in list order, with its own samples and environment.
    private static func expectLoaded(_ load: FixtureLoad, count: Int, skipped: Set<Int>, path: String) throws {
        let expected = (0..<count).filter { !skipped.contains($0) }
        let signals = load.estate.signals
        #expect(signals.count == expected.count)
        // The first wrong position only: a message listing 60,000 values takes minutes to print.
        let wrong = zip(signals, expected).enumerated().first { _, pair in
            let (signal, index) = pair
            return signal.samples.map(\.value) != [Double(index), Double(index) + 0.5]
                || signal.environmentID != (index.isMultiple(of: 2) ? "prod-a" : "dev-a")
        }
        #expect(wrong == nil, "signal \(wrong?.offset ?? 0) should be item \(wrong?.element.1 ?? 0), has samples \(wrong.map { $0.element.0.samples.map(\.value) } ?? [])")
        #expect(load.issues.allSatisfy { $0.path == path })
    }
}
