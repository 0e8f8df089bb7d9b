import Foundation
import OpsModel

/// Decoders of the estate's structure: name, tier policies, tenants, environments.
enum EnvironmentFixtures {
    static func tierPolicy(_ reader: NodeReader) -> TierPolicy? {
        guard let tier = reader.choice("tier", Tier.self) else { reader.finish(); return nil }
        let standard = TierPolicy.standard(tier)
        let policy = TierPolicy(
            tier: tier,
            rpo: reader.duration("rpo", required: false) ?? standard.rpo,
            rto: reader.duration("rto", required: false) ?? standard.rto,
            restoreTestInterval: reader.duration("restoreTestInterval", required: false) ?? standard.restoreTestInterval,
            appliesGuardrails: reader.bool("guardrails", fallback: standard.appliesGuardrails)
        )
        reader.finish()
        return reader.failed ? nil : policy
    }

    static func tenant(_ reader: NodeReader) -> Tenant? {
        let id = reader.string("id")
        let name = reader.string("name")
        let tenancy = reader.choice("tenancy", Tenancy.self)
        reader.finish()
        guard let id, let name, let tenancy, !reader.failed else { return nil }
        return Tenant(id: id, name: name, tenancy: tenancy)
    }

    static func contact(_ reader: NodeReader) -> Contact? {
        let name = reader.string("name")
        let role = reader.string("role", required: false) ?? ""
        let reach = reader.string("reach", required: false) ?? ""
        reader.finish()
        guard let name, !reader.failed else { return nil }
        return Contact(name: name, role: role, reach: reach)
    }

    static func link(_ reader: NodeReader) -> Link? {
        let title = reader.string("title")
        let url = reader.string("url")
        reader.finish()
        guard let title, let url, !reader.failed else { return nil }
        return Link(title: title, url: url)
    }

    static func component(_ reader: NodeReader) -> Component? {
        let id = reader.string("id")
        let kind = reader.choice("kind", ComponentKind.self)
        let name = reader.string("name", required: false)
        let version = reader.string("version", required: false)
        let ready = reader.int("ready", required: false)
        let desired = reader.int("desired", required: false)
        let integration = reader.string("integration", required: false)
        reader.finish()
        guard let id, let kind, !reader.failed else { return nil }
        return Component(id: id, name: name ?? id, kind: kind, version: version, replicasReady: ready, replicasDesired: desired, integration: integration)
    }

    static func environment(_ reader: NodeReader, tenants: [String: Tenant]) -> Environment? {
        let id = reader.string("id")
        let name = reader.string("name", required: false)
        let tenantID = reader.string("tenant")
        let stage = reader.choice("stage", Stage.self)
        let tier = reader.choice("tier", Tier.self)
        let tenancy = reader.choice("tenancy", Tenancy.self, required: false)
        let region = reader.string("region")
        let zone = reader.string("zone", required: false) ?? ""
        let timeZone = reader.string("timeZone", required: false) ?? "UTC"
        if TimeZone(identifier: timeZone) == nil {
            reader.fail("timeZone", "unknown IANA time zone \"\(timeZone)\"", at: reader.node("timeZone"))
        }
        let odoo = reader.string("odoo", required: false) ?? "?"
        var release: DeployedRelease?
        if let releaseReader = reader.nested("release") {
            let version = releaseReader.string("version")
            let deployedAt = releaseReader.instant("deployedAt")
            releaseReader.finish()
            if let version, let deployedAt { release = DeployedRelease(version: version, deployedAt: deployedAt) }
        }
        let namespace = reader.string("namespace", required: false) ?? (id ?? "")
        let cluster = reader.string("cluster", required: false) ?? ""
        let tags = reader.strings("tags")
        let owners = reader.items("owners").compactMap(contact)
        let escalation = reader.items("escalation").compactMap(contact)
        let links = reader.items("links").compactMap(link)
        let components = reader.items("components").compactMap(component)
        reader.finish()
        guard let id, let tenantID, let stage, let tier, let region, !reader.failed else { return nil }
        let resolvedTenancy = tenancy ?? tenants[tenantID]?.tenancy
        if tenants[tenantID] == nil {
            reader.warn("tenant", "unknown tenant \"\(tenantID)\"", at: reader.node("tenant"))
        }
        return Environment(
            id: id, name: name ?? id, tenantID: tenantID, stage: stage, tier: tier,
            tenancy: resolvedTenancy ?? .dedicated, region: region, zone: zone, timeZone: timeZone,
            odooVersion: odoo, release: release, namespace: namespace, cluster: cluster, tags: tags,
            owners: owners, escalation: escalation, links: links, components: components
        )
    }
}
