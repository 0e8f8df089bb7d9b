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
    /// One copy of each text over 15 bytes (component names, owners, regions repeat), as the
    /// general reader keeps them.
    private var texts: Set<String> = []
    /// Time zone identifiers already found valid.
    private var knownZones: Set<String> = []

    init(tenants: [String: Tenant], anchor: Date) {
        self.tenants = tenants
        self.anchor = anchor
    }

    /// The environment of the item whose bytes start at its dash, or nil to read it the general way.
    func environment(_ bytes: UnsafeBufferPointer<UInt8>) -> Environment? {
        guard let item = PlainBlockItem(bytes) else { return nil }
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

    /// Reads one field into `fields`; false when it is unknown or its value needs the general reader.
    private func read(_ key: String, _ value: PlainBlockItem.Value, _ bytes: UnsafeBufferPointer<UInt8>, into fields: inout Fields) -> Bool {
        switch (key, value) {
        case ("id", .scalar(let range, let quoted)): fields.id = text(range, quoted, bytes)
        case ("name", .scalar(let range, let quoted)): fields.name = text(range, quoted, bytes)
        case ("tenant", .scalar(let range, let quoted)): fields.tenantID = text(range, quoted, bytes)
        case ("region", .scalar(let range, let quoted)): fields.region = text(range, quoted, bytes)
        case ("zone", .scalar(let range, let quoted)): fields.zone = text(range, quoted, bytes)
        case ("timeZone", .scalar(let range, let quoted)): fields.timeZone = text(range, quoted, bytes)
        case ("odoo", .scalar(let range, let quoted)): fields.odoo = text(range, quoted, bytes)
        case ("namespace", .scalar(let range, let quoted)): fields.namespace = text(range, quoted, bytes)
        case ("cluster", .scalar(let range, let quoted)): fields.cluster = text(range, quoted, bytes)
        case ("stage", .scalar(let range, let quoted)): fields.stage = text(range, quoted, bytes).flatMap(Stage.init(rawValue:))
        case ("tier", .scalar(let range, let quoted)): fields.tier = text(range, quoted, bytes).flatMap(Tier.init(rawValue:))
        case ("tenancy", .scalar(let range, let quoted)):
            fields.tenancy = text(range, quoted, bytes).flatMap(Tenancy.init(rawValue:))
            return fields.tenancy != nil
        case ("release", .flow(let range)):
            fields.release = release(range, bytes)
            return fields.release != nil
        case ("tags", .flow(let range)):
            var cursor = PlainFlowCursor(bytes, at: range.lowerBound)
            guard let items = cursor.scalarList() else { return false }
            // A list's items are taken as written, `null` included, as the general reader takes them.
            fields.tags = items.map { intern(String(decoding: bytes[$0.range], as: UTF8.self)) }
        case ("owners", .list(let items)):
            guard let contacts = mappings(items, bytes, contact) else { return false }
            fields.owners = contacts
        case ("escalation", .list(let items)):
            guard let contacts = mappings(items, bytes, contact) else { return false }
            fields.escalation = contacts
        case ("links", .list(let items)):
            guard let links = mappings(items, bytes, link) else { return false }
            fields.links = links
        case ("components", .list(let items)):
            guard let components = mappings(items, bytes, component) else { return false }
            fields.components = components
        default:
            return false
        }
        // Stage, tier and texts: nil here means a null or an unknown value, for the general reader to report.
        switch key {
        case "stage": return fields.stage != nil
        case "tier": return fields.tier != nil
        case "id", "name", "tenant", "region", "zone", "timeZone", "odoo", "namespace", "cluster":
            return isGiven(value, bytes)
        default: return true
        }
    }

    /// A scalar's text, nil for a plain null.
    private func text(_ range: Range<Int>, _ quoted: Bool, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard quoted || !PlainFlowCursor(bytes, at: 0).isNull(range) else { return nil }
        return intern(String(decoding: bytes[range], as: UTF8.self))
    }

    private func isGiven(_ value: PlainBlockItem.Value, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard case .scalar(let range, let quoted) = value else { return false }
        return quoted || !PlainFlowCursor(bytes, at: 0).isNull(range)
    }

    private func intern(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        if let known = texts.firstIndex(of: text) { return texts[known] }
        texts.insert(text)
        return text
    }

    private func isKnownZone(_ identifier: String) -> Bool {
        if knownZones.contains(identifier) { return true }
        guard TimeZone(identifier: identifier) != nil else { return false }
        knownZones.insert(identifier)
        return true
    }

    /// A plain flow mapping's texts by key, in the order of `keys`; nil when it has another key,
    /// a key twice, a null, or is not in the plain form. Matched on bytes: a dictionary per
    /// mapping cost more than the general reader.
    private func texts(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ keys: [StaticString]) -> [String?]? {
        var cursor = PlainFlowCursor(bytes, at: range.lowerBound)
        guard let entries = cursor.scalarMapping() else { return nil }
        var values = [String?](repeating: nil, count: keys.count)
        for entry in entries {
            guard let slot = keys.firstIndex(where: { cursor.matches(entry.key, $0) }), values[slot] == nil,
                  let value = text(entry.value, entry.quoted, bytes)
            else { return nil }
            values[slot] = value
        }
        return values
    }

    /// Each plain flow mapping of a list read by `make`; nil when any needs the general reader.
    private func mappings<Element>(
        _ items: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, _ make: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Element?
    ) -> [Element]? {
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for range in items {
            guard let element = make(range, bytes) else { return nil }
            result.append(element)
        }
        return result
    }

    private func release(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> DeployedRelease? {
        guard let values = texts(range, bytes, ["version", "deployedAt"]), let version = values[0], let instant = values[1],
              let deployedAt = FixtureTime.instant(instant, anchor: anchor)
        else { return nil }
        return DeployedRelease(version: version, deployedAt: deployedAt)
    }

    private func contact(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Contact? {
        guard let values = texts(range, bytes, ["name", "role", "reach"]), let name = values[0] else { return nil }
        return Contact(name: name, role: values[1] ?? "", reach: values[2] ?? "")
    }

    private func link(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Link? {
        guard let values = texts(range, bytes, ["title", "url"]), let title = values[0], let url = values[1] else { return nil }
        return Link(title: title, url: url)
    }

    private func component(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Component? {
        guard let values = texts(range, bytes, ["id", "kind", "name", "version", "ready", "desired", "integration"]),
              let id = values[0], let kind = values[1].flatMap(ComponentKind.init(rawValue:))
        else { return nil }
        var ready: Int?
        var desired: Int?
        if let text = values[4] {
            guard let value = Int(text) else { return nil }
            ready = value
        }
        if let text = values[5] {
            guard let value = Int(text) else { return nil }
            desired = value
        }
        return Component(id: id, name: values[2] ?? id, kind: kind, version: values[3], replicasReady: ready, replicasDesired: desired, integration: values[6])
    }
}
