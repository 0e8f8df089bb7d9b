import Foundation
import OpsModel

/// Ties alerts from Alertmanager (or Prometheus' own rule list) to the estate's environments.
public enum AlertmanagerAlertMapping {
    /// Alertmanager alerts whose environment label names a known environment, with the rest kept
    /// under an empty environment id (shown as unassigned rather than dropped), worst first.
    public static func alerts(_ alerts: [Alert], knownEnvironments: Set<String>) -> [Alert] {
        alerts.map { alert in
            var alert = alert
            if !knownEnvironments.contains(alert.environmentID) { alert.environmentID = "" }
            return alert
        }
        .sorted(by: Alert.triageOrder)
    }

    /// Prometheus rule alerts that are firing (pending ones have not fired yet), as model alerts.
    public static func firing(_ ruleAlerts: [PrometheusRuleAlert], environment: @escaping AlertmanagerAPI.EnvironmentMapper = AlertmanagerAPI.defaultEnvironment) -> [Alert] {
        ruleAlerts.filter { $0.state == "firing" }.compactMap { $0.alert(environment: environment) }.sorted(by: Alert.triageOrder)
    }
}
