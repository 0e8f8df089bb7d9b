/// Writes `40-calendar.yaml`: freeze windows scoped by stage, tier and tag, and planned releases.
enum CalendarFile {
    static func write(_ environments: [EnvironmentPlan], to sink: TextSink) {
        sink.line("""
        apiVersion: opsdeck/v1
        kind: Calendar
        windows:
          - {id: peak-season, name: "Peak season freeze", kind: freeze, scope: {stages: [production, dr]}, reason: "Peak trading", owner: Release management, cron: "0 0 20 11 *", duration: 42d, zone: Europe/Berlin}
          - {id: month-end-close, name: "Month-end close", kind: soft-freeze, scope: {tiers: [core-production, regional-production]}, reason: "Finance posts the month", owner: Finance systems, cron: "0 18 28 * *", duration: 4d, zone: Europe/Berlin}
          - {id: shared-cluster-maintenance, name: "Shared cluster maintenance", kind: maintenance, scope: {tags: [shared-cluster]}, reason: "Multi-tenant clusters change only in the agreed window", owner: Platform team, cron: "0 21 * * TUE,THU", duration: 4h, zone: Europe/Berlin}
        releases:
        """)
        for (index, environment) in environments.enumerated() where index % 10 == 1 {
            sink.line("  - {id: REL-\(30_000 + index), env: \(environment.id), version: 2026.12.\(index % 9), start: now+\(1 + index % 20)d, duration: 45m, owner: ci/\(environment.tenant.id), risk: low, migration: false, rollback: \"helm rollback odoo -n \(environment.namespace)\"}")
        }
    }
}
