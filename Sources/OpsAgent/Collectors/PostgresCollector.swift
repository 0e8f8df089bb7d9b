import Foundation
import OpsModel
import OpsSources

/// Reads PostgreSQL's statistics views through `psql -X -At -c <query>` (a subprocess).
///
/// One query returns one JSON object: connections against `max_connections` and the longest
/// open transaction (`pg_stat_activity`), waiting locks (`pg_locks`), per-replica lag
/// (`pg_stat_replication`) and the archiver (`pg_stat_archiver`, applied to the backups view).
struct PostgresCollector: Collector {
    let name: String
    let kind = "postgres"
    let environmentID: String
    let componentID: String
    let replicaComponentID: String
    let command: [String]
    let timeout: Duration
    let history = SampleHistory()

    static let defaultCommand = ["psql", "-X", "-At"]

    /// The statistics query; `-At` prints its single JSON value bare.
    static let query = """
    select json_build_object(\
    'archiver', (select row_to_json(a) from pg_stat_archiver a), \
    'replication', (select coalesce(json_agg(json_build_object('application_name', r.application_name, 'state', r.state, \
    'lag_bytes', case when pg_is_in_recovery() then null else pg_wal_lsn_diff(pg_current_wal_lsn(), r.replay_lsn) end, \
    'replay_lag_s', extract(epoch from r.replay_lag))), '[]'::json) from pg_stat_replication r), \
    'waiting_locks', (select count(*) from pg_locks where not granted), \
    'connections', (select count(*) from pg_stat_activity where backend_type = 'client backend'), \
    'max_connections', current_setting('max_connections')::int, \
    'longest_tx_s', (select coalesce(max(extract(epoch from clock_timestamp() - xact_start)), 0) from pg_stat_activity \
    where xact_start is not null and backend_type = 'client backend' and pid <> pg_backend_pid()))
    """

    static let connectionsKey = "pg.connections_used_pct"
    static let locksKey = "pg.waiting_locks"
    static let longestKey = "pg.longest_tx_age_s"
    static let lagBytesKey = "pg.replication_lag_bytes"
    static let lagSecondsKey = "pg.replication_lag_s"

    func collect(now: Date, definitions: SignalDefinitions) async -> CollectorOutput {
        let object: [String: Any]
        switch await Subprocess.run(command + ["-c", Self.query], timeout: timeout) {
        case .failure(let error):
            return failed(error.description, definitions: definitions)
        case .success(let data):
            guard let parsed = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                let start = String(decoding: data.prefix(80), as: UTF8.self)
                return failed("psql printed no JSON object (\"\(start)\")", definitions: definitions)
            }
            object = parsed
        }
        var output = CollectorOutput()
        var readings: [(key: String, component: String, value: Double)] = []
        if let connections = Self.number(object["connections"]), let limit = Self.number(object["max_connections"]), limit > 0 {
            readings.append((Self.connectionsKey, componentID, connections / limit * 100))
        }
        if let locks = Self.number(object["waiting_locks"]) { readings.append((Self.locksKey, componentID, locks)) }
        if let longest = Self.number(object["longest_tx_s"]) { readings.append((Self.longestKey, componentID, longest)) }
        // Several replicas may report on one component: the worst lag speaks for it.
        var lagBytes: [String: Double] = [:]
        var lagSeconds: [String: Double] = [:]
        let components = Set(definitions.base.environment(id: environmentID)?.components.map(\.id) ?? [])
        for replica in object["replication"] as? [[String: Any]] ?? [] {
            let application = replica["application_name"] as? String ?? ""
            let component = components.contains(application) ? application : replicaComponentID
            if let bytes = Self.number(replica["lag_bytes"]) { lagBytes[component] = max(lagBytes[component] ?? 0, bytes) }
            // replay_lag is null when the replica is idle and caught up.
            lagSeconds[component] = max(lagSeconds[component] ?? 0, Self.number(replica["replay_lag_s"]) ?? 0)
        }
        readings += lagBytes.sorted { $0.key < $1.key }.map { (Self.lagBytesKey, $0.key, $0.value) }
        readings += lagSeconds.sorted { $0.key < $1.key }.map { (Self.lagSecondsKey, $0.key, $0.value) }
        for reading in readings {
            switch definitions.definition(key: reading.key, env: environmentID, component: reading.component) {
            case .success(let definition):
                let series = history.record("\(reading.component)/\(reading.key)", Sample(time: now, value: reading.value))
                output.signals.append(SignalDefinitions.signal(definition, samples: series))
            case .failure(let problem):
                output.error = output.error ?? problem.description
            }
        }
        if let archiver = object["archiver"] as? [String: Any],
           let data = try? JSONSerialization.data(withJSONObject: archiver) {
            do {
                output.archivers = [(environmentID, try PgStatArchiver.parse(data))]
            } catch {
                output.error = output.error ?? "pg_stat_archiver: \(error)"
            }
        }
        return output
    }

    /// Every signal this collector has produced, `unknown` with the error; old samples keep their times.
    private func failed(_ message: String, definitions: SignalDefinitions) -> CollectorOutput {
        var output = CollectorOutput(error: message, failedWhole: true)
        var keys = [(componentID, Self.connectionsKey), (componentID, Self.locksKey), (componentID, Self.longestKey)]
        keys += history.keys().compactMap { name in
            let parts = name.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] != componentID else { return nil }
            return (parts[0], parts[1])
        }
        for (component, key) in keys {
            if case .success(let definition) = definitions.definition(key: key, env: environmentID, component: component) {
                output.signals.append(SignalDefinitions.signal(definition, samples: history.series("\(component)/\(key)"), error: message))
            }
        }
        return output
    }

    /// A JSON number (psql's json prints counts as numbers, lags as numbers or strings).
    static func number(_ value: Any?) -> Double? {
        switch value {
        case let number as NSNumber: return number.doubleValue
        case let text as String: return Double(text)
        default: return nil
        }
    }
}
