import Foundation
import OpsModel
import Yams

/// The agent's collector configuration file (YAML, or JSON, which YAML reads too). See docs/agent-protocol.md.
public struct AgentConfiguration: Sendable, Decodable {
    /// A fixture directory describing the static estate (environments, calendar, runbooks) that collectors fill with live data.
    public var fixtures: String?
    /// Default timeout of every collector, seconds (default 5).
    public var timeoutSeconds: Double?
    public var collectors: [CollectorConfiguration]

    /// A configuration problem, naming the file and the collector.
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads and checks a configuration file.
    public static func load(path: String) throws -> AgentConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(description: "\(path): cannot be read")
        }
        let configuration: AgentConfiguration
        do {
            configuration = try YAMLDecoder().decode(AgentConfiguration.self, from: String(decoding: data, as: UTF8.self))
        } catch {
            throw Problem(description: "\(path): \(error)")
        }
        try configuration.check(path: path)
        return configuration
    }

    /// Parses configuration text (for tests).
    public static func parse(_ text: String) throws -> AgentConfiguration {
        let configuration = try YAMLDecoder().decode(AgentConfiguration.self, from: text)
        try configuration.check(path: "(text)")
        return configuration
    }

    func check(path: String) throws {
        var names = Set<String>()
        for collector in collectors {
            let label = "\(path): collector \"\(collector.name)\""
            guard names.insert(collector.name).inserted else { throw Problem(description: "\(label): the name is used twice") }
            switch collector.kind {
            case .prometheus:
                guard collector.url != nil else { throw Problem(description: "\(label): prometheus needs url") }
                guard let signals = collector.signals, !signals.isEmpty else { throw Problem(description: "\(label): prometheus needs at least one signal") }
                for signal in signals where signal.query.isEmpty {
                    throw Problem(description: "\(label): signal \(signal.key) has an empty query")
                }
            case .alertmanager:
                guard collector.url != nil else { throw Problem(description: "\(label): alertmanager needs url") }
            case .postgres, .redis, .pgbackrest:
                guard collector.env != nil else { throw Problem(description: "\(label): \(collector.kind.rawValue) needs env") }
            }
            if let url = collector.url, URL(string: url)?.scheme == nil {
                throw Problem(description: "\(label): url \"\(url)\" is not an absolute URL")
            }
            for duration in [collector.range, collector.step].compactMap({ $0 }) where DurationText.parse(duration) == nil {
                throw Problem(description: "\(label): \"\(duration)\" is not a duration like 30m")
            }
        }
    }
}

/// One collector's settings; which fields apply depends on `kind`.
public struct CollectorConfiguration: Sendable, Decodable {
    /// The kinds of systems the agent reads.
    public enum Kind: String, Sendable, Decodable {
        case prometheus, alertmanager, postgres, redis, pgbackrest
    }

    public var name: String
    public var kind: Kind
    /// Prometheus or Alertmanager base URL.
    public var url: String?
    /// The environment a postgres, redis or pgbackrest collector reads.
    public var env: String?
    /// The component its signals belong to (default: `pg-primary`, `redis`).
    public var component: String?
    /// The command to run, replacing the default (`psql -X -At`, `redis-cli INFO all`, `pgbackrest info --output=json`).
    public var command: [String]?
    /// This collector's timeout, seconds.
    public var timeoutSeconds: Double?
    /// pgBackRest stanza (default: the only one reported).
    public var stanza: String?
    /// Prometheus: history fetched for sparklines (default 30m) and its step (default 1m).
    public var range: String?
    public var step: String?
    /// Prometheus: the signals and their PromQL.
    public var signals: [PrometheusSignalConfiguration]?
    /// Alertmanager: the label naming the environment (default: environment, env, then namespace).
    public var environmentLabel: String?
    /// Postgres: the component replication lag is reported on (default `pg-replica`).
    public var replicaComponent: String?
}

/// A Prometheus-fed signal: where it belongs, its PromQL, and optional overrides of its definition.
public struct PrometheusSignalConfiguration: Sendable, Decodable {
    public var key: String
    public var env: String
    public var component: String
    public var query: String
    /// Labels picking one series when the query returns several.
    public var series: [String: String]?
    public var name: String?
    public var unit: String?
    public var warn: Double?
    public var crit: Double?
    public var direction: ThresholdDirection?
    public var processes: [RetailProcess]?
    public var runbook: String?
    /// A duration like `3m`.
    public var staleAfter: String?
}
