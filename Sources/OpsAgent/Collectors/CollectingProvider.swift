import Foundation
import OpsModel
import OpsSources

/// Live data from collectors, laid over a base fixture directory that describes the estate's static parts.
///
/// Collected signals replace base signals of the same environment, component and key; collected
/// alerts replace the base alerts; collected backups replace the base entry of their environment
/// (keeping its policy); the archiver view is applied to the environment's backups.
public struct CollectingProvider: EstateProvider {
    private let collectors: [any Collector]
    private let base: URL?

    /// Builds the collectors of `configuration`; `baseFixtures` overrides the file's `fixtures`.
    public init(configuration: AgentConfiguration, baseFixtures: URL? = nil, fetcher: any HTTPGetting = URLSessionFetcher()) throws {
        base = baseFixtures ?? configuration.fixtures.map { URL(fileURLWithPath: $0) }
        let defaultTimeout = configuration.timeoutSeconds ?? 5
        collectors = configuration.collectors.map { settings in
            let timeout = Duration.milliseconds(Int((settings.timeoutSeconds ?? defaultTimeout) * 1000))
            switch settings.kind {
            case .prometheus:
                return PrometheusCollector(
                    name: settings.name, baseURL: URL(string: settings.url!)!, signals: settings.signals ?? [],
                    range: settings.range.flatMap(DurationText.parse) ?? 1800, step: settings.step.flatMap(DurationText.parse) ?? 60,
                    timeout: timeout, fetcher: fetcher
                )
            case .alertmanager:
                return AlertmanagerCollector(name: settings.name, baseURL: URL(string: settings.url!)!, environmentLabel: settings.environmentLabel, timeout: timeout, fetcher: fetcher)
            case .redis:
                return RedisCollector(name: settings.name, environmentID: settings.env!, componentID: settings.component ?? "redis",
                                      command: settings.command ?? RedisCollector.defaultCommand, timeout: timeout)
            case .postgres:
                return PostgresCollector(name: settings.name, environmentID: settings.env!, componentID: settings.component ?? "pg-primary",
                                         replicaComponentID: settings.replicaComponent ?? "pg-replica",
                                         command: settings.command ?? PostgresCollector.defaultCommand, timeout: timeout)
            case .pgbackrest:
                var command = settings.command ?? PgBackRestCollector.defaultCommand
                if settings.command == nil, let stanza = settings.stanza { command.insert("--stanza=\(stanza)", at: 1) }
                return PgBackRestCollector(name: settings.name, environmentID: settings.env!, stanza: settings.stanza, command: command, timeout: timeout)
            }
        }
    }

    public func provide(now: Date) async -> ProvidedEstate {
        var estate = Estate()
        var statuses: [CollectorStatus] = []
        var issues: [FixtureIssue] = []
        if let base {
            let provided = await FixtureProvider(directory: base).provide(now: now)
            estate = provided.estate
            statuses = provided.collectors
            issues = provided.issues
        }
        let definitions = SignalDefinitions(base: estate)
        let results = await withTaskGroup(of: (Int, CollectorOutput, Duration).self) { group in
            for (index, collector) in collectors.enumerated() {
                group.addTask {
                    let started = ContinuousClock.now
                    let output = await collector.collect(now: now, definitions: definitions)
                    return (index, output, ContinuousClock.now - started)
                }
            }
            var collected: [(Int, CollectorOutput, Duration)] = []
            for await result in group { collected.append(result) }
            return collected.sorted { $0.0 < $1.0 }
        }
        var collectedAlerts: [Alert]?
        for (index, output, duration) in results {
            let collector = collectors[index]
            let state: CollectorStatus.State = output.failedWhole ? .failed : (output.error == nil ? .ok : .partial)
            statuses.append(CollectorStatus(name: collector.name, kind: collector.kind, state: state, error: output.error, collectedAt: now, durationSeconds: duration.seconds))
            Self.overlay(signals: output.signals, on: &estate)
            if let alerts = output.alerts { collectedAlerts = (collectedAlerts ?? []) + alerts }
            for backups in output.backups {
                estate.backups.removeAll { $0.environmentID == backups.environmentID }
                estate.backups.append(backups)
            }
            for (environmentID, archiver) in output.archivers {
                if let index = estate.backups.firstIndex(where: { $0.environmentID == environmentID }) {
                    estate.backups[index].archive = archiver.applied(to: estate.backups[index].archive ?? ArchiveState())
                }
            }
        }
        if let collectedAlerts { estate.alerts = collectedAlerts }
        return ProvidedEstate(estate: estate, collectors: statuses, issues: issues)
    }

    /// Replaces base signals by collected ones with the same identity, keeping the base's order.
    static func overlay(signals: [Signal], on estate: inout Estate) {
        for signal in signals {
            if let index = estate.signals.firstIndex(where: { $0.environmentID == signal.environmentID && $0.componentID == signal.componentID && $0.key == signal.key }) {
                estate.signals[index] = signal
            } else {
                estate.signals.append(signal)
            }
        }
    }
}
