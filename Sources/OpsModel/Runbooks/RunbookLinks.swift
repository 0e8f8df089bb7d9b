/// Which runbook a signal, an alert or a component kind points to.
public enum RunbookLinks {
    /// The id in a `runbook:<id>` reference, or nil for any other URL.
    public static func runbookID(fromURL url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("runbook:") else { return nil }
        let id = trimmed.dropFirst("runbook:".count)
        return id.isEmpty ? nil : String(id)
    }

    /// The runbook for a signal: its own link first, then a runbook that lists its key.
    public static func runbook(for signal: Signal, in runbooks: [Runbook]) -> Runbook? {
        if let id = signal.runbookID, let linked = runbooks.first(where: { $0.id == id }) { return linked }
        return runbooks.first { $0.signalKeys.contains(signal.key) }
    }

    /// The runbook for an alert: its `runbook:<id>` URL first, then a runbook that lists its name.
    public static func runbook(for alert: Alert, in runbooks: [Runbook]) -> Runbook? {
        if let id = alert.runbookURL.flatMap(runbookID(fromURL:)), let linked = runbooks.first(where: { $0.id == id }) { return linked }
        return runbooks.first { $0.alertNames.contains(alert.name) }
    }

    /// The component a runbook is most likely about in an environment, or nil when it cannot be told.
    ///
    /// First the worst non-ok signal of that environment that links to the runbook (the red
    /// signal is why the runbook is open); then the only component of a kind the runbook applies
    /// to. Two candidates and no signal to choose: nil, so `component.*` shows as missing
    /// rather than naming the wrong one.
    public static func component(for runbook: Runbook, in environment: Environment, signals: [(signal: Signal, status: Status)]) -> Component? {
        let linked = signals.filter { entry in
            entry.signal.environmentID == environment.id && entry.status != .ok
                && (entry.signal.runbookID == runbook.id || runbook.signalKeys.contains(entry.signal.key))
        }
        let order: [Status] = [.crit, .warn, .unknown]
        for status in order {
            if let entry = linked.first(where: { $0.status == status }),
               let component = environment.components.first(where: { $0.id == entry.signal.componentID }) {
                return component
            }
        }
        let candidates = environment.components.filter { runbook.componentKinds.contains($0.kind) }
        return candidates.count == 1 ? candidates[0] : nil
    }
}
