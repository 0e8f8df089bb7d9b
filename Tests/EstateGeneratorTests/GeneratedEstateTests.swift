import EstateGenerator
import Foundation
import OpsModel
import OpsSources
import Testing

/// The generator's promises: its estates load cleanly, at scale, and the same seed gives the same bytes.
@Suite struct GeneratedEstateTests {
    static let now = ISO8601.parse("2026-11-27T09:00:00Z")!

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-generator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aGeneratedEstateOfSeveralHundredEnvironmentsLoadsWithZeroIssues() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let spec = EstateSpec(environments: 250, signalsPerEnvironment: 40, samplesPerSignal: 20)
        let generated = try EstateGenerator.write(spec, to: directory)

        let load = FixtureDirectory.load(directory: directory, now: Self.now)

        #expect(load.issues.map(\.description) == [])
        #expect(load.estate.environments.count == 250)
        #expect(load.estate.signals.count == 250 * 40)
        #expect(generated.signals == 250 * 40)
        #expect(Set(load.estate.environments.map(\.id)).count == 250)
        #expect(load.estate.signals.allSatisfy { $0.samples.count == 20 })
        #expect(!load.estate.runbooks.isEmpty)
        #expect(!load.estate.backups.isEmpty)
    }

    @Test func aLargeLoadReplaysAsTheLoadedEstateWouldBe() throws {
        // Over 2,048 signals, so they are read in parts on every core, each with a pool of its
        // own; 5 samples each (fewer than the replay window) and 20.
        for samples in [5, 20] {
            let directory = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            _ = try EstateGenerator.write(EstateSpec(environments: 110, signalsPerEnvironment: 40, samplesPerSignal: samples), to: directory)
            let asWritten = FixtureDirectory.load(directory: directory, now: Self.now).estate
            #expect(asWritten.signals.count == 4_400)
            for step in [1, 9] {
                let replayed = FixtureDirectory.load(directory: directory, now: Self.now, replayStep: step).estate
                // Each value where the replay order puts it, everything else as written.
                let expected = asWritten.signals.map { signal in
                    var moved = signal
                    let count = signal.samples.count
                    for index in 0..<count { moved.samples[index].value = signal.samples[SampleReplayOrder.source(of: index, count: count, step: step)].value }
                    return moved
                }
                #expect(replayed.signals == expected, "\(samples) samples, step \(step)")
            }
        }
    }

    @Test func theGeneratedEstateHasSomeTroubleButIsMostlyHealthy() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try EstateGenerator.write(EstateSpec(environments: 300, signalsPerEnvironment: 12, samplesPerSignal: 10), to: directory)
        let load = FixtureDirectory.load(directory: directory, now: Self.now)

        let health = HealthRollUp(signals: load.estate.signals, now: Self.now)
        let statuses = load.estate.environments.map { health.environmentStatus($0.id) }
        let healthy = statuses.filter { $0 == .ok }.count
        #expect(statuses.contains(.crit))
        #expect(statuses.contains(.warn))
        #expect(healthy > statuses.count * 3 / 4)
    }

    @Test func signalCountsPastTheFixedListAddIntegrationFeeds() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try EstateGenerator.write(EstateSpec(environments: 7, signalsPerEnvironment: 45, samplesPerSignal: 3), to: directory)
        let load = FixtureDirectory.load(directory: directory, now: Self.now)

        #expect(load.issues.map(\.description) == [])
        #expect(load.estate.signals.count == 7 * 45)
    }

    @Test func theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws {
        let first = try temporaryDirectory()
        let second = try temporaryDirectory()
        let third = try temporaryDirectory()
        defer { for url in [first, second, third] { try? FileManager.default.removeItem(at: url) } }
        let spec = EstateSpec(environments: 40, signalsPerEnvironment: 10, samplesPerSignal: 8, seed: 7)
        _ = try EstateGenerator.write(spec, to: first)
        _ = try EstateGenerator.write(spec, to: second)
        var other = spec
        other.seed = 8
        _ = try EstateGenerator.write(other, to: third)

        let signals = "20-signals.yaml"
        let a = try Data(contentsOf: first.appendingPathComponent(signals))
        let b = try Data(contentsOf: second.appendingPathComponent(signals))
        let c = try Data(contentsOf: third.appendingPathComponent(signals))
        #expect(a == b)
        #expect(a != c)
    }

    @Test func aCachedEstateIsGeneratedOnceAndThenReused() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let spec = EstateSpec(environments: 5, signalsPerEnvironment: 4, samplesPerSignal: 2)
        let first = try EstateGenerator.cached(spec, under: root)
        let marker = first.directory.appendingPathComponent("20-signals.yaml")
        try "tampered".write(to: marker, atomically: true, encoding: .utf8)

        let second = try EstateGenerator.cached(spec, under: root)

        #expect(second.directory.path == first.directory.path)
        #expect(second.bytes == first.bytes)
        #expect(try String(contentsOf: marker, encoding: .utf8) == "tampered")
    }
}
