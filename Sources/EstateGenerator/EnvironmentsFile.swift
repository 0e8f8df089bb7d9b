/// Writes `10-environments.yaml`: every environment with its owners, links and components.
enum EnvironmentsFile {
    static func write(_ environments: [EnvironmentPlan], components: [ComponentTemplate], to sink: TextSink) {
        sink.line("apiVersion: opsdeck/v1")
        sink.line("kind: Environments")
        sink.line("environments:")
        let componentLines = components.map { "      - \($0.yaml)" }.joined(separator: "\n")
        for (index, environment) in environments.enumerated() {
            let deployedHours = 1 + index % 240
            var tags = environment.isProduction ? "[generated, \(environment.region.name)]" : "[generated]"
            // A fifth of the estate shares clusters: the maintenance window is scoped by this tag.
            if index % 5 == 0 { tags = tags.dropLast() + ", shared-cluster]" }
            sink.line("""
              - id: \(environment.id)
                name: "\(environment.name)"
                tenant: \(environment.tenant.id)
                stage: \(environment.stage)
                tier: \(environment.tier)
                region: \(environment.region.name)
                zone: \(environment.region.zone)
                timeZone: \(environment.region.timeZone)
                odoo: "17.0"
                release: {version: "2026.\(10 + index % 3).\(index % 9)", deployedAt: now-\(deployedHours)h}
                namespace: \(environment.namespace)
                cluster: k8s-\(environment.region.name)-\(index % 7)
                tags: \(tags)
                owners:
                  - {name: "\(environment.tenant.name) service owner", role: "Service owner", reach: "owner@\(environment.tenant.id).example"}
                escalation:
                  - {name: "Platform on-call", role: "L1 on-call", reach: "pager: plat-\(environment.region.name)"}
                links:
                  - {title: Grafana, url: "https://grafana.example/d/odoo?var-ns=\(environment.namespace)"}
                components:
            """)
            sink.line(componentLines)
        }
    }
}
