import Foundation
import Testing
@testable import OpsModel

@Suite("Runbook placeholders")
struct RunbookPlaceholderTests {
    static let environment = Environment(
        id: "prod-de-nordkauf", name: "Nordkauf Germany", tenantID: "nordkauf", stage: .production, tier: .coreProduction,
        tenancy: .multiTenant, region: "eu-central-1", zone: "eu-central-1a", timeZone: "Europe/Berlin", odooVersion: "17.0",
        release: nil, namespace: "nk-de", cluster: "k8s-fra-shared",
        components: [Component(id: "pg-primary", name: "PostgreSQL primary", kind: .postgresPrimary)]
    )

    @Test func fillsEnvironmentAndComponentValues() {
        let context = PlaceholderContext(environment: Self.environment, component: Self.environment.components[0])
        let text = "kubectl --context {{env.cluster}} -n {{ env.namespace }} exec {{component.id}}-0 # {{env.id}} {{env.name}} {{env.region}} {{env.timeZone}} {{component.name}}"
        #expect(PlaceholderFiller.fill(text, context: context) == "kubectl --context k8s-fra-shared -n nk-de exec pg-primary-0 # prod-de-nordkauf Nordkauf Germany eu-central-1 Europe/Berlin PostgreSQL primary")
    }

    @Test func unknownAndUnavailableValuesStayVisible() {
        let context = PlaceholderContext(environment: Self.environment)
        #expect(PlaceholderFiller.fill("{{env.foo}} {{component.name}} {{env.release}}", context: context)
            == "⟨missing: env.foo⟩ ⟨missing: component.name⟩ ⟨missing: env.release⟩")
        #expect(PlaceholderFiller.fill("{{env.id}}", context: .empty, ascii: true) == "<missing: env.id>")
    }

    @Test func emptyValueIsMissingNotBlank() {
        let context = PlaceholderContext(values: ["env.namespace": "  "])
        #expect(PlaceholderFiller.segments("-n {{env.namespace}}", context: context) == [.text("-n "), .missing(key: "env.namespace")])
    }

    @Test func notPlaceholdersAreLeftAlone() {
        let context = PlaceholderContext(environment: Self.environment)
        #expect(PlaceholderFiller.fill("{{ not a key }} {{unclosed and {{env.id}}", context: context) == "{{ not a key }} {{unclosed and prod-de-nordkauf")
        #expect(PlaceholderFiller.fill("awk '{print $9}' {}", context: context) == "awk '{print $9}' {}")
    }

    @Test func keysInText() {
        #expect(PlaceholderFiller.keys(in: "{{env.id}} {{component.name}} {{env.id}}") == ["env.id", "component.name"])
    }

    @Test func componentInferredFromTheRedSignalThenFromAUniqueKind() {
        var environment = Self.environment
        environment.components += [
            Component(id: "pg-replica-1", name: "Replica 1", kind: .postgresReplica),
            Component(id: "pg-replica-2", name: "Replica 2", kind: .postgresReplica),
        ]
        let runbook = Runbook(id: "pg-replication-lag", title: "Lag", componentKinds: [.postgresReplica], body: "")
        func signal(_ component: String) -> Signal {
            Signal(key: "pg.replication_lag_s", name: "Lag", unit: "s", environmentID: environment.id, componentID: component,
                   thresholds: Thresholds(warn: 10, crit: 60, direction: .above), samples: [], runbookID: "pg-replication-lag")
        }
        #expect(RunbookLinks.component(for: runbook, in: environment, signals: []) == nil)
        let signals = [(signal: signal("pg-replica-1"), status: Status.ok), (signal: signal("pg-replica-2"), status: Status.crit)]
        #expect(RunbookLinks.component(for: runbook, in: environment, signals: signals)?.id == "pg-replica-2")
        let primary = Runbook(id: "x", title: "x", componentKinds: [.postgresPrimary], body: "")
        #expect(RunbookLinks.component(for: primary, in: environment, signals: [])?.id == "pg-primary")
    }

    @Test func runbookLinksFromSignalsAndAlerts() {
        let runbooks = [Runbook(id: "wal-archiving-failure", title: "WAL", alertNames: ["WalArchivingFailing"], body: ""),
                        Runbook(id: "redis-memory", title: "Redis", signalKeys: ["redis.memory_used_pct"], body: "")]
        #expect(RunbookLinks.runbookID(fromURL: "runbook:wal-archiving-failure") == "wal-archiving-failure")
        #expect(RunbookLinks.runbookID(fromURL: "https://wiki.example/x") == nil)
        let alert = Alert(name: "Other", environmentID: "e", severity: "critical", summary: "", startsAt: Date(timeIntervalSince1970: 0), runbookURL: "runbook:wal-archiving-failure")
        #expect(RunbookLinks.runbook(for: alert, in: runbooks)?.id == "wal-archiving-failure")
        let byName = Alert(name: "WalArchivingFailing", environmentID: "e", severity: "critical", summary: "", startsAt: Date(timeIntervalSince1970: 0))
        #expect(RunbookLinks.runbook(for: byName, in: runbooks)?.id == "wal-archiving-failure")
        let signal = Signal(key: "redis.memory_used_pct", name: "", unit: "%", environmentID: "e", componentID: "redis",
                            thresholds: Thresholds(warn: 80, crit: 95, direction: .above), samples: [])
        #expect(RunbookLinks.runbook(for: signal, in: runbooks)?.id == "redis-memory")
    }
}
