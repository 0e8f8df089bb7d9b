import Foundation
import OpsSources
import Testing

/// One poll of the demo estate through a real agent: latency and bytes, printed for docs/performance.md.
@Suite(.serialized) struct PollMeasurementTests {
    @Test func onePollOfTheDemoEstate() async throws {
        let tokenFile = makeTokenFile("measure")
        defer { try? FileManager.default.removeItem(atPath: tokenFile) }
        let agent = try AgentProcess(arguments: ["--token-file", tokenFile])
        let source = AgentSource(endpoints: [AgentEndpoint(url: agent.url, token: BearerToken("measure"))])
        let clock = ContinuousClock()
        var full: [Duration] = []
        var unchanged: [Duration] = []
        for round in 0..<6 {
            // Alternate a fresh source (full 200) with a repeat poll (304) on a warm one.
            let fresh = AgentSource(endpoints: [AgentEndpoint(url: agent.url, token: BearerToken("measure"))])
            full.append(await clock.measure { _ = await fresh.load(now: Date()) })
            if round == 0 { _ = await source.load(now: Date()) }
            unchanged.append(await clock.measure { _ = await source.load(now: Date()) })
        }
        let status = try #require(await source.statuses().first)
        let bytes = try #require(await AgentSource(endpoints: [AgentEndpoint(url: agent.url, token: BearerToken("measure"))]).statusesAfterOneLoad().first?.bytes)
        #expect(status.state == .ok)
        print("poll of the demo estate: full \(bytes) bytes, median \(median(full)); unchanged (304) median \(median(unchanged))")
        agent.kill()
    }

    private func median(_ values: [Duration]) -> Duration {
        values.sorted()[values.count / 2]
    }
}

extension AgentSource {
    /// Loads once and returns the statuses (for measurements).
    func statusesAfterOneLoad() async -> [AgentStatus] {
        _ = await load(now: Date())
        return statuses()
    }
}
