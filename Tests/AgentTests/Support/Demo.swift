import Foundation
import OpsModel
import OpsSources

/// The demo estate at a fixed instant, and snapshots of it.
enum Demo {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T…Z, whole seconds

    /// Loaded once: every test reads the same value, and loading costs a few hundred milliseconds in debug builds.
    static let estate: Estate = FixtureDirectory.load(directory: DemoEstate.directory!, now: now).estate

    static func snapshotBody(apiVersion: String = AgentWire.apiVersion, agent: String = "fault") throws -> Data {
        try AgentWire.encoder().encode(AgentSnapshot(apiVersion: apiVersion, agent: agent, generatedAt: now, collectors: [], estate: estate))
    }

    /// A policy with short limits so fault tests stay quick; no jitter so back-off is exact. The slow
    /// limit is generous by default: tests run in parallel on a loaded machine.
    static func policy(timeout: Duration = .seconds(3), slowAfter: Duration = .seconds(2), sizeLimit: Int = 16 << 20) -> AgentPolicy {
        var policy = AgentPolicy()
        policy.timeout = timeout
        policy.slowAfter = slowAfter
        policy.sizeLimit = sizeLimit
        policy.jitter = { 1 }
        return policy
    }
}
