import OpsModel

/// The environment and component a runbook is filled for, and why those.
struct RunbookContext: Sendable, Equatable {
    /// The values placeholders are filled with.
    var placeholders: PlaceholderContext
    /// The environment, if any.
    var environment: Environment?
    /// The component, if one could be told.
    var component: Component?
    /// How the component was chosen (`from the red signal`, `the only postgres-replica`), or why not.
    var componentReason: String

    /// Resolves the context for a runbook in the current state.
    static func resolve(_ runbook: Runbook, state: AppState) -> RunbookContext {
        let estate = state.estate
        let environmentID = state.runbooks.contextEnvironmentID ?? state.environments.selectedID
        guard let environment = environmentID.flatMap(estate.environment(id:)) else {
            return RunbookContext(placeholders: .empty, environment: nil, component: nil, componentReason: "no environment selected")
        }
        var component: Component?
        var reason: String
        if let id = state.runbooks.contextComponentID, let chosen = environment.components.first(where: { $0.id == id }) {
            component = chosen
            reason = "as opened"
        } else {
            // Only this environment's signals, in estate order: the links look at no others, and
            // pairing all of them (400,000 at 10,000 environments) cost every frame of the reader.
            var signals: [(signal: Signal, status: Status)] = []
            if let health = state.overview?.health {
                signals = health.signalIndices(environmentID: environment.id)
                    .filter { $0 < estate.signals.count }
                    .map { (signal: estate.signals[$0], status: health.verdicts[$0].status) }
            }
            component = RunbookLinks.component(for: runbook, in: environment, signals: signals)
            let fromSignal = component.map { chosen in signals.contains { $0.signal.environmentID == environment.id && $0.signal.componentID == chosen.id && $0.status != .ok } } ?? false
            if component == nil {
                reason = runbook.componentKinds.isEmpty ? "no component" : "component not determined"
            } else {
                reason = fromSignal ? "from its unhealthy signal" : "the only \(component!.kind.rawValue)"
            }
        }
        return RunbookContext(placeholders: PlaceholderContext(environment: environment, component: component), environment: environment, component: component, componentReason: reason)
    }
}
