import Foundation
import OpsModel
import OpsSources

/// Reads configured PromQL from the Prometheus HTTP API: an instant query for the value, a range query for the sparkline.
struct PrometheusCollector: Collector {
    let name: String
    let kind = "prometheus"
    let baseURL: URL
    let signals: [PrometheusSignalConfiguration]
    let range: TimeInterval
    let step: TimeInterval
    let timeout: Duration
    let fetcher: any HTTPGetting

    func collect(now: Date, definitions: SignalDefinitions) async -> CollectorOutput {
        var output = CollectorOutput()
        let results = await withTaskGroup(of: (Int, Signal).self) { group in
            for (index, configured) in signals.enumerated() {
                group.addTask { (index, await collect(configured, now: now, definitions: definitions)) }
            }
            var collected: [(Int, Signal)] = []
            for await result in group { collected.append(result) }
            return collected.sorted { $0.0 < $1.0 }.map(\.1)
        }
        output.signals = results
        let failures = results.compactMap(\.error)
        output.error = failures.first
        output.failedWhole = !results.isEmpty && failures.count == results.count
        return output
    }

    private func collect(_ configured: PrometheusSignalConfiguration, now: Date, definitions: SignalDefinitions) async -> Signal {
        let definition: PrometheusSignalDefinition
        switch definitions.definition(key: configured.key, env: configured.env, component: configured.component, override: configured) {
        case .success(let found): definition = found
        case .failure(let problem):
            return Signal(key: configured.key, name: configured.name ?? configured.key, unit: configured.unit ?? "", environmentID: configured.env,
                          componentID: configured.component, thresholds: Thresholds(warn: 0, crit: 0, direction: .above), samples: [], error: problem.description)
        }
        let end = now.timeIntervalSince1970
        async let instant = query("/api/v1/query", ["query": configured.query, "time": Self.number(end)])
        async let history = query("/api/v1/query_range", [
            "query": configured.query, "start": Self.number(end - range), "end": Self.number(end), "step": Self.number(step),
        ])
        return PrometheusSignalMapping.signal(definition, instant: await instant, range: await history)
    }

    /// One API call, parsed; an error body (bad PromQL) parses into the API's own error.
    private func query(_ path: String, _ parameters: [String: String]) async -> Result<PrometheusQueryResponse, any Error> {
        var components = URLComponents(url: baseURL.appendingPathComponent(path), resolvingAgainstBaseURL: false)
        components?.queryItems = parameters.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
        guard let url = components?.url else { return .failure(CollectorProblem("prometheus: cannot build a URL from \(baseURL)")) }
        switch await fetcher.get(url, headers: ["Accept": "application/json"], timeout: timeout, sizeLimit: 16 << 20) {
        case .failure(let error):
            return .failure(CollectorProblem("prometheus \(baseURL.absoluteString): \(error)"))
        case .success(let response):
            return Result { try PrometheusAPI.parseQuery(response.body) }
        }
    }

    static func number(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}
