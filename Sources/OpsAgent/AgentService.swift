import Foundation
import OpsModel
import OpsSources

/// Keeps the served snapshot current: runs the provider every refresh interval and publishes the result.
public final class AgentService: Sendable {
    /// The agent's name, as the console shows it.
    public let name: String
    private let provider: any EstateProvider
    /// The snapshot being served.
    public let publisher: SnapshotPublisher
    private let log: AgentLog
    /// Seconds between refreshes.
    public let refreshInterval: TimeInterval

    /// A service for `provider`.
    public init(name: String, provider: any EstateProvider, log: AgentLog, refreshInterval: TimeInterval = 15) {
        self.name = name
        self.provider = provider
        self.publisher = SnapshotPublisher()
        self.log = log
        self.refreshInterval = refreshInterval
    }

    /// One refresh as of `now`.
    public func refresh(now: Date) async {
        let provided = await provider.provide(now: now)
        let snapshot = AgentSnapshot(
            agent: name, generatedAt: now, collectors: provided.collectors,
            issues: provided.issues.map(WireIssue.init), estate: provided.estate
        )
        for collector in provided.collectors where collector.state != .ok {
            log.warning("collector", ["name": .text(collector.name), "kind": .text(collector.kind), "state": .text(collector.state.rawValue), "error": .text(collector.error ?? "")])
        }
        do {
            let before = publisher.published?.entityTag
            let published = try publisher.publish(snapshot)
            log.info("refresh", [
                "changed": .flag(published.entityTag != before), "bytes": .integer(published.body.count),
                "environments": .integer(provided.estate.environments.count), "signals": .integer(provided.estate.signals.count),
                "issues": .integer(provided.issues.count),
            ])
        } catch {
            log.error("refresh", ["error": .text("cannot encode the snapshot: \(error)")])
        }
    }

    /// Refreshes every `refreshInterval` until the task is cancelled; `clock` is the edge's wall clock.
    public func runRefreshLoop(clock: @escaping @Sendable () -> Date = { Date() }) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(refreshInterval))
            if Task.isCancelled { break }
            await refresh(now: clock())
        }
    }
}
