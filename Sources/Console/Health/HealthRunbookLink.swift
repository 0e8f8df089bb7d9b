import OpsModel

/// The runbook one key away from an environment's health: for its worst signal, else its first alert.
struct HealthRunbookLink {
    var runbookID: String
    var componentID: String?

    static func best(environmentID: String, state: AppState) -> HealthRunbookLink? {
        guard let overview = state.overview else { return nil }
        let runbooks = state.estate.runbooks
        let readings = overview.health.signalIndices(environmentID: environmentID)
            .map { (signal: state.estate.signals[$0], status: overview.health.verdicts[$0].status) }
            .filter { $0.status != .ok }
            .sorted { $0.status.severity > $1.status.severity }
        for reading in readings {
            if let runbook = RunbookLinks.runbook(for: reading.signal, in: runbooks) {
                return HealthRunbookLink(runbookID: runbook.id, componentID: reading.signal.componentID)
            }
        }
        for alert in state.estate.alerts where alert.environmentID == environmentID {
            if let runbook = RunbookLinks.runbook(for: alert, in: runbooks) {
                return HealthRunbookLink(runbookID: runbook.id, componentID: nil)
            }
        }
        return nil
    }
}
