import Foundation
import OpsModel
import OpsSources

/// Where a collected signal gets its name, unit, thresholds and impact.
///
/// In order: the configuration's own fields; the same signal (environment, component, key) in
/// the base fixtures, whose live values the collector now supplies; the built-in defaults of
/// the keys the agent's collectors produce. A key found nowhere has no thresholds to judge by.
struct SignalDefinitions: Sendable {
    let base: Estate

    /// The definition, or why there is none.
    func definition(key: String, env: String, component: String, override: PrometheusSignalConfiguration? = nil) -> Result<PrometheusSignalDefinition, CollectorProblem> {
        let fixture = base.signals.first { $0.key == key && $0.environmentID == env && $0.componentID == component }
            ?? base.signals.first { $0.key == key }
        let standard = Self.standard[key]
        guard let warn = override?.warn ?? fixture?.thresholds.warn ?? standard?.thresholds.warn,
              let crit = override?.crit ?? fixture?.thresholds.crit ?? standard?.thresholds.crit else {
            return .failure(CollectorProblem("signal \(key) has no thresholds: give warn and crit in the configuration, or describe it in the base fixtures"))
        }
        let direction = override?.direction ?? fixture?.thresholds.direction ?? standard?.thresholds.direction ?? .above
        return .success(PrometheusSignalDefinition(
            key: key,
            name: override?.name ?? fixture?.name ?? standard?.name ?? key,
            unit: override?.unit ?? fixture?.unit ?? standard?.unit ?? "",
            environmentID: env, componentID: component,
            thresholds: Thresholds(warn: warn, crit: crit, direction: direction),
            processes: override?.processes ?? fixture?.processes ?? standard?.processes ?? [],
            runbookID: override?.runbook ?? fixture?.runbookID ?? standard?.runbookID,
            staleAfter: override?.staleAfter.flatMap(DurationText.parse) ?? fixture?.staleAfter ?? 180,
            seriesLabels: override?.series ?? [:]
        ))
    }

    /// A signal from a definition, with samples or an error.
    static func signal(_ definition: PrometheusSignalDefinition, samples: [Sample], error: String? = nil) -> Signal {
        Signal(
            key: definition.key, name: definition.name, unit: definition.unit, environmentID: definition.environmentID,
            componentID: definition.componentID, thresholds: definition.thresholds, samples: SampleSeries(samples),
            processes: definition.processes, runbookID: definition.runbookID, staleAfter: definition.staleAfter, error: error
        )
    }

    /// Defaults for the keys the built-in collectors produce (the same as the demo estate's catalog).
    static let standard: [String: (name: String, unit: String, thresholds: Thresholds, processes: [RetailProcess], runbookID: String?)] = [
        "redis.memory_used_pct": ("Redis memory used", "%", Thresholds(warn: 80, crit: 95, direction: .above), [.orderCapture], "redis-memory"),
        "redis.evictions_per_s": ("Redis evictions", "/s", Thresholds(warn: 1, crit: 50, direction: .above), [.orderCapture], "redis-memory"),
        "pg.connections_used_pct": ("Connections used", "%", Thresholds(warn: 75, crit: 90, direction: .above), [.orderCapture, .posSync, .financialPosting], nil),
        "pg.waiting_locks": ("Waiting locks", "locks", Thresholds(warn: 5, crit: 20, direction: .above), [.orderCapture, .inventory, .financialPosting], "pg-lock-contention"),
        "pg.longest_tx_age_s": ("Longest transaction", "s", Thresholds(warn: 300, crit: 1800, direction: .above), [.inventory, .financialPosting], "pg-lock-contention"),
        "pg.replication_lag_bytes": ("Replication lag (bytes)", "B", Thresholds(warn: 67_108_864, crit: 1_073_741_824, direction: .above), [.inventory, .posSync], "pg-replication-lag"),
        "pg.replication_lag_s": ("Replication lag", "s", Thresholds(warn: 10, crit: 60, direction: .above), [.inventory, .posSync], "pg-replication-lag"),
    ]
}

/// A collector's failure, in words for the screen.
struct CollectorProblem: Error, Sendable, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
