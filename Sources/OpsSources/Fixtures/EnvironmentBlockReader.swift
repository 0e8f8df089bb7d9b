import Foundation
import OpsModel

/// Reads an environment item straight from its bytes when it is in the plain block form
/// (`PlainBlockItem`) with nothing to report: known fields only, valid values, a known tenant.
///
/// For such an item it gives exactly what `EnvironmentFixtures.environment` gives, without the
/// node tree and a reader per nested mapping: at 10,000 environments those were 0.4 s of the
/// load. Any other item, and any item with something to report, gets nil and is read the
/// general way, so every issue is still reported by the one general reader. One per thread.
final class EnvironmentBlockReader {
    private let tenants: [String: Tenant]
    private let anchor: Date
    /// Texts kept once (component names, owners, regions repeat), as the general reader keeps them.
    private let texts = TextStore()
    /// Time zone identifiers already found valid.
    private var knownZones: Set<String> = []
    /// Component kinds by their text: the enum's own look-up compares with every case in turn.
    private var kinds: [String: ComponentKind] = [:]
    /// List lines already found plain, and components and escalation contacts already read,
    /// by their line (most recur from one environment to the next).
    private let plainLines = RecurringLines<Void>()
    private let componentLines = RecurringLines<Component>()
    private let escalationLines = RecurringLines<Contact>()

    init(tenants: [String: Tenant], anchor: Date) {
        self.tenants = tenants
        self.anchor = anchor
    }

    /// The environment of the item whose bytes start at its dash, or nil to read it the general way.
    func environment(_ bytes: UnsafeBufferPointer<UInt8>) -> Environment? {
        guard let item = PlainBlockItem(bytes, validated: plainLines) else { return nil }
        var fields = Fields()
        for (key, value) in item.fields {
            guard read(String(decoding: bytes[key], as: UTF8.self), value, bytes, into: &fields) else { return nil }
        }
        guard let id = fields.id, let tenantID = fields.tenantID, let stage = fields.stage, let tier = fields.tier,
              let region = fields.region, let tenant = tenants[tenantID]
        else { return nil }
        let timeZone = fields.timeZone ?? "UTC"
        guard isKnownZone(timeZone) else { return nil }
        return Environment(
            id: id, name: fields.name ?? id, tenantID: tenantID, stage: stage, tier: tier,
            tenancy: fields.tenancy ?? tenant.tenancy, region: region, zone: fields.zone ?? "", timeZone: timeZone,
            odooVersion: fields.odoo ?? "?", release: fields.release, namespace: fields.namespace ?? id, cluster: fields.cluster ?? "",
            tags: fields.tags, owners: fields.owners, escalation: fields.escalation, links: fields.links, components: fields.components
        )
    }

    /// What an item gave so far; nil where a field was not given.
    private struct Fields {
        var id, name, tenantID, region, zone, timeZone, odoo, namespace, cluster: String?
        var stage: Stage?
        var tier: Tier?
        var tenancy: Tenancy?
        var release: DeployedRelease?
        var tags: [String] = []
        var owners: [Contact] = []
        var escalation: [Contact] = []
        var links: [Link] = []
        var components: [Component] = []
    }

    /// The fields given as text.
    private enum TextField {
        case id, name, tenant, region, zone, timeZone, odoo, namespace, cluster
    }

    /// Which text field a key names; nil for the other fields.
    private static func textField(_ key: String) -> TextField? {
        switch key {
        case "id": .id
        case "name": .name
        case "tenant": .tenant
        case "region": .region
        case "zone": .zone
        case "timeZone": .timeZone
        case "odoo": .odoo
        case "namespace": .namespace
        case "cluster": .cluster
        default: nil
        }
    }

    /// Sets a text field. A switch, not a key path: a key path is applied through the runtime's
    /// generic path, and each was made at run time (~1,200 instructions a field, callgrind).
    private static func set(_ field: TextField, _ text: String, in fields: inout Fields) {
        switch field {
        case .id: fields.id = text
        case .name: fields.name = text
        case .tenant: fields.tenantID = text
        case .region: fields.region = text
        case .zone: fields.zone = text
        case .timeZone: fields.timeZone = text
        case .odoo: fields.odoo = text
        case .namespace: fields.namespace = text
        case .cluster: fields.cluster = text
        }
    }

    /// Reads one field into `fields`; false when it is unknown or its value needs the general
    /// reader (a null, an unknown stage or tier, anything malformed).
    private func read(_ key: String, _ value: PlainBlockItem.Value, _ bytes: UnsafeBufferPointer<UInt8>, into fields: inout Fields) -> Bool {
        if let field = Self.textField(key) {
            guard case .scalar(let range, let quoted) = value, let text = texts.plainText(range, quoted, bytes) else { return false }
            Self.set(field, text, in: &fields)
            return true
        }
        switch (key, value) {
        case ("stage", .scalar(let range, let quoted)):
            fields.stage = texts.plainText(range, quoted, bytes).flatMap(Stage.init(rawValue:))
            return fields.stage != nil
        case ("tier", .scalar(let range, let quoted)):
            fields.tier = texts.plainText(range, quoted, bytes).flatMap(Tier.init(rawValue:))
            return fields.tier != nil
        case ("tenancy", .scalar(let range, let quoted)):
            fields.tenancy = texts.plainText(range, quoted, bytes).flatMap(Tenancy.init(rawValue:))
            return fields.tenancy != nil
        case ("release", .flow(let range)):
            fields.release = release(range, bytes)
            return fields.release != nil
        case ("tags", .flow(let range)):
            var cursor = PlainFlowCursor(bytes, at: range.lowerBound)
            guard let items = cursor.scalarList() else { return false }
            // A list's items are taken as written, `null` included, as the general reader takes them.
            fields.tags = items.map { texts.interned(bytes, $0.range) }
            return true
        case ("owners", .list(let items)):
            guard let contacts = PlainBlockItem.mappings(items, bytes, contact) else { return false }
            fields.owners = contacts
            return true
        case ("escalation", .list(let items)):
            guard let contacts = PlainBlockItem.mappings(items, bytes, { range, bytes in escalationLines.value(range, bytes, read: contact) }) else { return false }
            fields.escalation = contacts
            return true
        case ("links", .list(let items)):
            guard let links = PlainBlockItem.mappings(items, bytes, link) else { return false }
            fields.links = links
            return true
        case ("components", .list(let items)):
            guard let components = PlainBlockItem.mappings(items, bytes, { range, bytes in componentLines.value(range, bytes, read: component) }) else { return false }
            fields.components = components
            return true
        default:
            return false
        }
    }

    private func isKnownZone(_ identifier: String) -> Bool {
        if knownZones.contains(identifier) { return true }
        guard TimeZone(identifier: identifier) != nil else { return false }
        knownZones.insert(identifier)
        return true
    }

    private func release(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> DeployedRelease? {
        guard let (version, instant, _, _, _, _, _, _) = texts.mappingTexts(range, bytes, ["version", "deployedAt"])?.all, let version, let instant,
              let deployedAt = FixtureTime.instant(instant, anchor: anchor)
        else { return nil }
        return DeployedRelease(version: version, deployedAt: deployedAt)
    }

    private func contact(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Contact? {
        guard let (name, role, reach, _, _, _, _, _) = texts.mappingTexts(range, bytes, ["name", "role", "reach"])?.all, let name else { return nil }
        return Contact(name: name, role: role ?? "", reach: reach ?? "")
    }

    private func link(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Link? {
        guard let (title, url, _, _, _, _, _, _) = texts.mappingTexts(range, bytes, ["title", "url"])?.all, let title, let url else { return nil }
        return Link(title: title, url: url)
    }

    private func component(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Component? {
        guard let (id, kindText, name, version, readyText, desiredText, integration, _) =
                texts.mappingTexts(range, bytes, ["id", "kind", "name", "version", "ready", "desired", "integration"])?.all,
              let id, let kind = kindText.flatMap(kind)
        else { return nil }
        var ready: Int?
        var desired: Int?
        if let readyText {
            guard let value = Int(readyText) else { return nil }
            ready = value
        }
        if let desiredText {
            guard let value = Int(desiredText) else { return nil }
            desired = value
        }
        return Component(id: id, name: name ?? id, kind: kind, version: version, replicasReady: ready, replicasDesired: desired, integration: integration)
    }

    private func kind(_ text: String) -> ComponentKind? {
        if let known = kinds[text] { return known }
        guard let kind = ComponentKind(rawValue: text) else { return nil }
        kinds[text] = kind
        return kind
    }
}
