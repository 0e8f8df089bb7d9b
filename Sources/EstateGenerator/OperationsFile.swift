/// Writes `30-operations.yaml`: recent changes, incidents on critical production, firing alerts.
enum OperationsFile {
    static func write(_ environments: [EnvironmentPlan], slots: [SignalSlots.Slot], to sink: TextSink) {
        sink.line("apiVersion: opsdeck/v1")
        sink.line("kind: Operations")
        sink.line("changes:")
        for (index, environment) in environments.enumerated() where index % 3 == 0 {
            let hours = 1 + index % 71
            sink.line("  - {id: CHG-\(10_000 + index), env: \(environment.id), kind: deploy, at: now-\(hours)h, actor: ci/\(environment.tenant.id), summary: \"Deploy 2026.\(10 + index % 3).\(index % 9)\", from: 2026.\(10 + index % 3).\(max(0, index % 9 - 1)), to: 2026.\(10 + index % 3).\(index % 9), revert: \"helm rollback odoo -n \(environment.namespace)\"}")
        }
        let troubled = environments.enumerated().filter { $0.element.trouble == 2 && !slots.isEmpty }
        sink.line(troubled.isEmpty ? "incidents: []" : "incidents:")
        for (index, environment) in troubled where environment.isProduction {
            let key = slots[environment.troubledSlot].key
            sink.line("  - {id: INC-\(20_000 + index), env: \(environment.id), severity: 2, title: \"\(SignalCatalog.kind(key).name) critical\", opened: now-\(5 + index % 50)m, commander: Platform on-call}")
        }
        sink.line(troubled.isEmpty ? "alerts: []" : "alerts:")
        for (index, environment) in troubled {
            let key = slots[environment.troubledSlot].key
            sink.line("  - {name: \(alertName(key)), env: \(environment.id), severity: critical, summary: \"\(SignalCatalog.kind(key).name) beyond its critical threshold\", startsAt: now-\(3 + index % 40)m}")
        }
    }

    /// `pg.waiting_locks` becomes `PgWaitingLocks`.
    private static func alertName(_ key: String) -> String {
        key.split(whereSeparator: { $0 == "." || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
