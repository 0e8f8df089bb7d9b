import Foundation
import OpsModel
import OpsSources
import Testing

/// The console's agent source against a real agent and against misbehaving servers.
@Suite(.serialized) struct AgentSourceTests {
    /// Past any back-off of these tests' policy (2 s doubling, capped at 60 s).
    static let later: TimeInterval = 120

    @Test func healthyAgentThenKilledThenBack() async throws {
        let tokenFile = makeTokenFile("kill-test-token")
        defer { try? FileManager.default.removeItem(atPath: tokenFile) }
        // A long refresh: the demo re-anchors its times on every refresh, which would change the ETag
        // between the two polls on a slow machine; this test is about 304 and about dying, not refreshing.
        var agent = try AgentProcess(arguments: ["--token-file", tokenFile, "--name", "edge-1", "--refresh", "3600"])
        let port = agent.port
        let source = AgentSource(endpoints: [AgentEndpoint(url: agent.url, token: BearerToken("kill-test-token"))], policy: Demo.policy())
        let start = Date()

        let first = await source.load(now: start)
        var status = try #require(await source.statuses().first)
        #expect(status.state == .ok, "\(status.detail)")
        #expect(status.agentName == "edge-1")
        #expect(first.estate.environments.count == Demo.estate.environments.count)
        #expect(first.issues.isEmpty)

        _ = await source.load(now: start.addingTimeInterval(1))
        status = try #require(await source.statuses().first)
        #expect(status.state == .ok)
        #expect(status.detail == "unchanged")
        #expect(status.bytes == 0)

        agent.kill()
        let down = await source.load(now: start.addingTimeInterval(15))
        status = try #require(await source.statuses().first)
        #expect(status.state == .down)
        #expect(status.receivedAt == start.addingTimeInterval(1))
        // The last good data stays, with its own sample times: it ages, it is not re-anchored.
        #expect(down.estate.signals == first.estate.signals)
        #expect(down.loadedAt == start.addingTimeInterval(1))
        #expect(down.issues.contains { $0.path == agent.url.absoluteString && $0.message.hasPrefix("down:") && $0.severity == .error })
        let muchLater = start.addingTimeInterval(15 * 60)
        let verdicts = down.estate.signals.map { SignalAssessment.assess($0, now: muchLater) }
        #expect(verdicts.allSatisfy { $0.status == .unknown })

        agent = try AgentProcess(arguments: ["--token-file", tokenFile, "--name", "edge-1"], port: port)
        _ = await source.load(now: start.addingTimeInterval(Self.later))
        status = try #require(await source.statuses().first)
        #expect(status.state == .ok, "\(status.detail)")
        #expect(status.consecutiveFailures == 0)
        agent.kill()
    }

    @Test func wrongTokenIsUnauthorised() async throws {
        let tokenFile = makeTokenFile("right")
        defer { try? FileManager.default.removeItem(atPath: tokenFile) }
        let agent = try AgentProcess(arguments: ["--token-file", tokenFile])
        let source = AgentSource(endpoints: [AgentEndpoint(url: agent.url, token: BearerToken("wrong"))], policy: Demo.policy())
        let snapshot = await source.load(now: Demo.now)
        let status = try #require(await source.statuses().first)
        #expect(status.state == .unauthorised)
        #expect(snapshot.issues.contains { $0.message.hasPrefix("unauthorised:") })
        #expect(snapshot.estate.environments.isEmpty)
    }

    @Test func silentServerTimesOutWithinTheLimitAndRecovers() async throws {
        let server = try FaultServer(.silent)
        let source = AgentSource(endpoints: [AgentEndpoint(url: server.url, token: nil)], policy: Demo.policy(timeout: .seconds(1)))
        let clock = ContinuousClock()
        let elapsed = await clock.measure { _ = await source.load(now: Demo.now) }
        // The server never answers, so ending at all proves the deadline; the time is reported,
        // not asserted tightly (a loaded CI machine delays timers; timing belongs in benchmarks).
        print("silent agent: poll ended after \(elapsed) with a 1 s deadline")
        #expect(elapsed < .seconds(15), "the poll took \(elapsed)")
        var status = try #require(await source.statuses().first)
        #expect(status.state == .down)
        #expect(status.detail.contains("within 1 s"))

        server.behaviour = .serve(try Demo.snapshotBody())
        _ = await source.load(now: Demo.now.addingTimeInterval(Self.later))
        status = try #require(await source.statuses().first)
        #expect(status.state == .ok, "\(status.detail)")
        server.stop()
    }

    @Test func drippingServerIsCutOffAtTheDeadline() async throws {
        let server = try FaultServer(.drip(total: 10_000, interval: 0.05))
        let source = AgentSource(endpoints: [AgentEndpoint(url: server.url, token: nil)], policy: Demo.policy(timeout: .seconds(1)))
        let elapsed = await ContinuousClock().measure { _ = await source.load(now: Demo.now) }
        // Dripping 10,000 bytes one every 50 ms would take over 8 minutes: ending sooner proves the cut-off.
        print("dripping agent: poll ended after \(elapsed) with a 1 s deadline")
        #expect(elapsed < .seconds(15), "the poll took \(elapsed)")
        #expect(try #require(await source.statuses().first).state == .down)
        server.stop()
    }

    @Test func garbageIsBadDataAndRecovers() async throws {
        let server = try FaultServer(.serve(Data("<html>502 proxy error</html>".utf8)))
        let source = AgentSource(endpoints: [AgentEndpoint(url: server.url, token: nil)], policy: Demo.policy())
        _ = await source.load(now: Demo.now)
        var status = try #require(await source.statuses().first)
        #expect(status.state == .badData)
        #expect(status.nextAttempt == Demo.now.addingTimeInterval(2))

        // Backing off: a load before the next attempt does not poll.
        server.behaviour = .serve(try Demo.snapshotBody())
        _ = await source.load(now: Demo.now.addingTimeInterval(1))
        status = try #require(await source.statuses().first)
        #expect(status.state == .badData)
        #expect(status.lastAttempt == Demo.now)

        _ = await source.load(now: Demo.now.addingTimeInterval(Self.later))
        status = try #require(await source.statuses().first)
        #expect(status.state == .ok, "\(status.detail)")
        server.stop()
    }

    @Test func hugeDeclaredBodyIsRefused() async throws {
        try await hugeBodyIsCutOffAtTheLimit(declareLength: true)
    }

    @Test func hugeUndeclaredBodyIsCutOff() async throws {
        try await hugeBodyIsCutOffAtTheLimit(declareLength: false)
    }

    private func hugeBodyIsCutOffAtTheLimit(declareLength: Bool) async throws {
        let server = try FaultServer(.huge(count: 8 << 20, declareLength: declareLength))
        let source = AgentSource(endpoints: [AgentEndpoint(url: server.url, token: nil)], policy: Demo.policy(timeout: .seconds(3), sizeLimit: 1 << 20))
        _ = await source.load(now: Demo.now)
        let status = try #require(await source.statuses().first)
        #expect(status.state == .badData)
        #expect(status.detail.contains("1 MiB limit"), "\(status.detail)")
        server.stop()
    }

    @Test func wrongVersionIsIncompatibleAndRecovers() async throws {
        let server = try FaultServer(.serve(try Demo.snapshotBody(apiVersion: "opsdeck/v2")))
        let source = AgentSource(endpoints: [AgentEndpoint(url: server.url, token: nil)], policy: Demo.policy())
        let snapshot = await source.load(now: Demo.now)
        var status = try #require(await source.statuses().first)
        #expect(status.state == .incompatible)
        #expect(status.detail.contains("opsdeck/v2"))
        #expect(snapshot.estate.environments.isEmpty)

        server.behaviour = .serve(try Demo.snapshotBody())
        _ = await source.load(now: Demo.now.addingTimeInterval(Self.later))
        status = try #require(await source.statuses().first)
        #expect(status.state == .ok)
        server.stop()
    }

    @Test func slowAnswerIsSlowButUsed() async throws {
        let server = try FaultServer(.delayed(try Demo.snapshotBody(), by: 0.8))
        let source = AgentSource(endpoints: [AgentEndpoint(url: server.url, token: nil)], policy: Demo.policy(timeout: .seconds(5), slowAfter: .milliseconds(500)))
        let snapshot = await source.load(now: Demo.now)
        let status = try #require(await source.statuses().first)
        #expect(status.state == .slow, "\(status.detail)")
        #expect(snapshot.estate.environments.count == Demo.estate.environments.count)
        #expect(snapshot.issues.contains { $0.message.hasPrefix("slow:") && $0.severity == .warning })
        server.stop()
    }

    @Test func manyAgentsMergeAndOneBadOneDoesNotHoldTheOthers() async throws {
        let tokenFile = makeTokenFile("many")
        defer { try? FileManager.default.removeItem(atPath: tokenFile) }
        let agent = try AgentProcess(arguments: ["--token-file", tokenFile])
        let silent = try FaultServer(.silent)
        let garbage = try FaultServer(.serve(Data("nope".utf8)))
        let source = AgentSource(endpoints: [
            AgentEndpoint(url: agent.url, token: BearerToken("many")),
            AgentEndpoint(url: silent.url, token: nil),
            AgentEndpoint(url: garbage.url, token: nil),
        ], policy: Demo.policy(timeout: .seconds(1)))
        let elapsed = await ContinuousClock().measure { _ = await source.load(now: Demo.now) }
        print("three agents, one silent: first poll ended after \(elapsed)")
        #expect(elapsed < .seconds(15))
        // Concurrency, without a tight clock: three silent agents with a 1 s deadline need at least
        // 3 s one after another, so ending under 2.9 s means they were polled at once.
        let silentOnes = try (0..<3).map { _ in try FaultServer(.silent) }
        let concurrent = AgentSource(endpoints: silentOnes.map { AgentEndpoint(url: $0.url, token: nil) }, policy: Demo.policy(timeout: .seconds(1)))
        let together = await ContinuousClock().measure { _ = await concurrent.load(now: Demo.now) }
        print("three silent agents: poll ended after \(together)")
        #expect(together < .milliseconds(2900), "agents were not polled concurrently: \(together)")
        silentOnes.forEach { $0.stop() }
        let snapshot = await source.load(now: Demo.now.addingTimeInterval(Self.later))
        let states = await source.statuses().map(\.state)
        #expect(states == [.ok, .down, .badData])
        #expect(snapshot.estate.environments.count == Demo.estate.environments.count)
        #expect(snapshot.sourceName == "3 agents, 2 failing")
        silent.stop()
        garbage.stop()
        agent.kill()
    }
}
