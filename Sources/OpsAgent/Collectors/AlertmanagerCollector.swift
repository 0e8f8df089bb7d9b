import Foundation
import OpsModel
import OpsSources

/// Reads active alerts from Alertmanager's v2 API and ties them to the estate's environments.
struct AlertmanagerCollector: Collector {
    let name: String
    let kind = "alertmanager"
    let baseURL: URL
    let environmentLabel: String?
    let timeout: Duration
    let fetcher: any HTTPGetting

    func collect(now: Date, definitions: SignalDefinitions) async -> CollectorOutput {
        var output = CollectorOutput()
        let url = baseURL.appendingPathComponent("/api/v2/alerts")
        switch await fetcher.get(url, headers: ["Accept": "application/json"], timeout: timeout, sizeLimit: 16 << 20) {
        case .failure(let error):
            output.error = "alertmanager \(baseURL.absoluteString): \(error)"
            output.failedWhole = true
        case .success(let response) where response.status != 200:
            output.error = "alertmanager \(baseURL.absoluteString): HTTP \(response.status)"
            output.failedWhole = true
        case .success(let response):
            var mapper = AlertmanagerAPI.defaultEnvironment
            if let label = environmentLabel {
                mapper = { @Sendable labels in labels[label] }
            }
            do {
                let alerts = try AlertmanagerAPI.parseAlerts(response.body, environment: mapper)
                output.alerts = AlertmanagerAlertMapping.alerts(alerts, knownEnvironments: Set(definitions.base.environments.map(\.id)))
            } catch {
                output.error = "alertmanager: \(error)"
                output.failedWhole = true
            }
        }
        return output
    }
}
