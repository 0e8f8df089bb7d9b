import Foundation
import OpsModel
import OpsSources
import Testing

/// The wire format, the fixture writer, tokens, entity tags and merging.
struct WireTests {
    @Test func estateRoundTripsThroughTheWire() throws {
        let snapshot = AgentSnapshot(agent: "a", generatedAt: Demo.now, collectors: [], estate: Demo.estate)
        let data = try AgentWire.encoder().encode(snapshot)
        let decoded = try AgentWire.decoder().decode(AgentSnapshot.self, from: data)
        #expect(decoded == snapshot)
    }

    @Test func nonFiniteValuesSurviveTheWire() throws {
        var estate = Estate()
        estate.signals = [Signal(key: "k", name: "k", unit: "", environmentID: "e", componentID: "c", thresholds: Thresholds(warn: 1, crit: 2, direction: .above), samples: [Sample(time: Demo.now, value: .nan)], error: "NaN")]
        let data = try AgentWire.encoder().encode(estate)
        let decoded = try AgentWire.decoder().decode(Estate.self, from: data)
        #expect(decoded.signals[0].samples[0].value.isNaN)
    }

    @Test func wireTimesKeepMilliseconds() {
        let date = Date(timeIntervalSince1970: 1_795_000_000.123)
        #expect(WireTime.format(date) == "2026-11-18T11:06:40.123Z")
        #expect(WireTime.parse("2026-11-18T11:06:40.123Z")!.timeIntervalSince1970 == 1_795_000_000.123)
        #expect(WireTime.parse("2026-11-18T12:06:40+01:00")!.timeIntervalSince1970 == 1_795_000_000)
        #expect(WireTime.format(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500Z")
    }

    @Test func fixtureWriterRoundTripsTheDemoEstate() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        // Through the wire first, as `opsdeck snapshot` does: times at millisecond precision.
        let estate = try AgentWire.decoder().decode(Estate.self, from: AgentWire.encoder().encode(Demo.estate))
        try FixtureWriter.write(estate, to: directory, header: "test")
        // Read back at a different instant: absolute times must not move.
        let load = FixtureDirectory.load(directory: directory, now: Demo.now.addingTimeInterval(86_400))
        #expect(load.issues.isEmpty, "\(load.issues.prefix(5))")
        #expect(load.estate.environments == estate.environments)
        #expect(load.estate.signals == estate.signals)
        #expect(load.estate.backups == estate.backups)
        #expect(load.estate.windows == estate.windows)
        #expect(load.estate.runbooks == estate.runbooks)
        #expect(load.estate == estate)
    }

    @Test func tokensCompareWholeAndNeverPrint() throws {
        let token = try #require(BearerToken("abc123\n"))
        #expect(token.accepts(authorization: "Bearer abc123"))
        #expect(token.accepts(authorization: "bearer abc123"))
        #expect(!token.accepts(authorization: "Bearer abc12"))
        #expect(!token.accepts(authorization: "Bearer abc1234"))
        #expect(!token.accepts(authorization: "Basic abc123"))
        #expect(!token.accepts(authorization: nil))
        #expect(!"\(token)".contains("abc123"))
        #expect(BearerToken("  \n") == nil)
    }

    @Test func tokenFilesReadableByOthersWarn() throws {
        let open = makeTokenFile("t", mode: 0o644)
        let closed = makeTokenFile("t", mode: 0o600)
        defer { try? FileManager.default.removeItem(atPath: open); try? FileManager.default.removeItem(atPath: closed) }
        #expect(try TokenFile.read(open).warning?.contains("chmod 600") == true)
        #expect(try TokenFile.read(closed).warning == nil)
        var warnings: [String] = []
        let endpoints = try AgentOptions.endpoints(urls: ["http://127.0.0.1:1", "http://127.0.0.1:2"], tokenFiles: [], environment: ["OPSDECK_TOKEN": "from-env"]) { warnings.append($0) }
        #expect(endpoints.allSatisfy { $0.token?.accepts(authorization: "Bearer from-env") == true })
        #expect(warnings.isEmpty)
        #expect(throws: AgentOptions.Problem.self) {
            try AgentOptions.endpoints(urls: ["ftp://x"], tokenFiles: [closed], environment: [:]) { _ in }
        }
    }

    @Test func entityTagsMatchLists() {
        let tag = EntityTag.of(Array("hello".utf8))
        #expect(tag.hasPrefix("\"fnv1a64-"))
        #expect(EntityTag.matches(ifNoneMatch: "\"x\", \(tag)", tag: tag))
        #expect(EntityTag.matches(ifNoneMatch: "W/\(tag)", tag: tag))
        #expect(EntityTag.matches(ifNoneMatch: "*", tag: tag))
        #expect(!EntityTag.matches(ifNoneMatch: "\"x\"", tag: tag))
    }

    @Test func mergingKeepsTheFirstOwnerOfAnEnvironment() {
        let estate = Demo.estate
        let merged = EstateMerge.merge([.init(origin: "a", estate: estate), .init(origin: "b", estate: estate)])
        #expect(merged.estate.environments.count == estate.environments.count)
        #expect(merged.estate.signals.count == estate.signals.count)
        #expect(merged.estate.runbooks.count == estate.runbooks.count)
        #expect(merged.issues.count == estate.environments.count)
        #expect(merged.issues.allSatisfy { $0.path == "b" && $0.severity == .warning })
    }

    @Test func backoffDoublesUpToTheLimitWithJitter() {
        var policy = AgentPolicy()
        policy.jitter = { 1 }
        #expect(policy.backoff(failures: 1) == 2)
        #expect(policy.backoff(failures: 3) == 8)
        #expect(policy.backoff(failures: 40) == 60)
        policy.jitter = { 0 }
        #expect(policy.backoff(failures: 3) == 4)
    }
}
