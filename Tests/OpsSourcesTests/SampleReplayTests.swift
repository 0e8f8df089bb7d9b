import Foundation
import OpsModel
import Testing
@testable import OpsSources

@Suite struct SampleReplayTests {
    static func signal(_ values: [Double]) -> Signal {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        return Signal(key: "k", name: "k", unit: "", environmentID: "e", componentID: "c",
                      thresholds: Thresholds(warn: 5, crit: 10, direction: .above),
                      samples: SampleSeries(values.enumerated().map { Sample(time: start.addingTimeInterval(Double($0.offset) * 60), value: $0.element) }))
    }

    @Test func stepZeroIsTheFixtureAsWritten() {
        let original = Self.signal(Array(stride(from: 0.0, to: 20, by: 1)))
        #expect(SampleReplay.signal(original, step: 0) == original)
    }

    @Test func theNewestValuesBounceWithinTheirWindowAndHistoryStays() {
        let values = Array(stride(from: 0.0, to: 20, by: 1))
        let original = Self.signal(values)
        for step in 1...30 {
            let moved = SampleReplay.signal(original, step: step)
            #expect(moved.samples.map(\.time) == original.samples.map(\.time))
            #expect(Array(moved.samples.prefix(12).map(\.value)) == Array(values.prefix(12)))
            #expect(moved.samples.suffix(8).allSatisfy { (12.0...19.0).contains($0.value) })
        }
        // A triangle wave: one step moves the newest value to the next one in the window.
        #expect(SampleReplay.signal(original, step: 1).samples.last?.value == 18)
        #expect(SampleReplay.signal(original, step: 7).samples.last?.value == 12)
        #expect(SampleReplay.signal(original, step: 14).samples.last?.value == 19)
    }

    @Test func theDemoStoryHoldsWhileValuesMove() throws {
        let now = ISO8601.parse("2026-11-27T09:00:00Z")!
        let estate = try #require(FixtureSource.demo()).loadNow(now: now).estate
        let before = EstateOverview(estate: estate, now: now)
        for step in [1, 3, 5, 9, 13] {
            let after = EstateOverview(estate: SampleReplay.estate(estate, step: step), now: now)
            for row in before.rows {
                #expect(after.row(row.environment.id)?.health == row.health, "\(row.environment.id) changed health at step \(step): \(EnvironmentHealthDiff.describe(before, after, row.environment.id))")
            }
        }
        #expect(SampleReplay.estate(estate, step: 1).signals != estate.signals)
    }

    @Test func aLoadReplaysAsItReadsAsTheLoadedEstateWouldBe() throws {
        let now = ISO8601.parse("2026-11-27T09:00:00Z")!
        let directory = try #require(DemoEstate.directory)
        let asWritten = FixtureDirectory.load(directory: directory, now: now).estate
        #expect(asWritten.signals.count > 10)
        for step in [0, 1, 2, 7, 13, 100] {
            let replayed = FixtureDirectory.load(directory: directory, now: now, replayStep: step).estate
            #expect(replayed.signals == SampleReplay.estate(asWritten, step: step).signals, "step \(step)")
            // The general reader stores through the same pool.
            let general = FixtureDirectory.load(directory: directory, now: now, replayStep: step, readsLinesDirectly: false).estate
            #expect(general.signals == replayed.signals, "step \(step), general reader")
        }
    }

    @Test func seriesOfEveryLengthAroundTheWindowAreReplayedAsTheLoadedEstateWouldBe() throws {
        let now = ISO8601.parse("2026-11-27T09:00:00Z")!
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-replay-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(at: try #require(DemoEstate.directory), to: directory)
        var lines = ["apiVersion: opsdeck/v1", "kind: Signals", "signals:"]
        for count in 0...10 {
            let values = (0..<count).map { String($0 * 7 % 11) }.joined(separator: ", ")
            lines.append("  - {env: prod-eu-core, component: traefik, key: http.p95_latency_ms, samples: [\(values)]}")
        }
        try (lines.joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent("25-lengths.yaml"), atomically: true, encoding: .utf8)
        let asWritten = FixtureDirectory.load(directory: directory, now: now).estate
        #expect(Set(asWritten.signals.map(\.samples.count)).isSuperset(of: Set(1...10)))
        for step in [1, 2, 5, 13] {
            let replayed = FixtureDirectory.load(directory: directory, now: now, replayStep: step).estate
            #expect(replayed.signals == SampleReplay.estate(asWritten, step: step).signals, "step \(step)")
        }
    }

    @Test func aLiveFixtureSourceReplaysByTheTimeSinceItsStart() throws {
        let now = ISO8601.parse("2026-11-27T09:00:00Z")!
        var source = try #require(FixtureSource.demo())
        source.replayStart = now.addingTimeInterval(-50)
        source.replayStep = 15
        let asWritten = FixtureDirectory.load(directory: try #require(DemoEstate.directory), now: now).estate
        #expect(source.loadNow(now: now).estate.signals == SampleReplay.estate(asWritten, step: 3).signals)
    }

    @Test func aSeriesLongerThanAPoolBlockIsReplayedToo() {
        let values = (0..<(65_536 + 10)).map(Double.init)  // a pool block holds 65,536
        let replayed = values.withUnsafeBufferPointer { SampleSeries(values: $0, newest: Date(timeIntervalSince1970: 0), step: 60, pool: SamplePool(replayStep: 1)) }
        let expected = SampleReplay.signal(Self.signal(values), step: 1).samples.map(\.value)
        #expect(replayed.values == expected)
    }
}

/// Names the signals whose status differs between two overviews of one environment.
enum EnvironmentHealthDiff {
    static func describe(_ before: EstateOverview, _ after: EstateOverview, _ environmentID: String) -> String {
        let indices = before.health.signalIndices(environmentID: environmentID)
        return indices.filter { before.health.verdicts[$0].status != after.health.verdicts[$0].status }
            .map { "signal #\($0): \(before.health.verdicts[$0].status) → \(after.health.verdicts[$0].status)" }
            .joined(separator: ", ")
    }
}
