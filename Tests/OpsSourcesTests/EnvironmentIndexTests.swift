import OpsModel
import Testing
@testable import OpsSources

/// `EnvironmentIndex` finds the first environment of an id and reads its fields in place.
@Suite struct EnvironmentIndexTests {
    private static func environment(_ id: String, name: String, components: [String]) -> Environment {
        Environment(
            id: id, name: name, tenantID: "acme", stage: .production, tier: .coreProduction, tenancy: .dedicated, region: "eu-west-1",
            zone: "", timeZone: "UTC", odooVersion: "17.0", release: nil, namespace: id, cluster: "",
            components: components.map { Component(id: $0, name: $0, kind: .odooWeb) }
        )
    }

    @Test func theFirstOfAnIdIsFoundAndTheRestAreNamed() {
        let index = EnvironmentIndex([
            Self.environment("prod-a", name: "first", components: ["pg", "odoo-web"]),
            Self.environment("prod-b", name: "other", components: []),
            Self.environment("prod-a", name: "second", components: ["redis"]),
            Self.environment("prod-a", name: "third", components: []),
        ])
        #expect(index.ownID("prod-a") == "prod-a")
        #expect(index.components("prod-a")?.components.map(\.id) == ["pg", "odoo-web"])
        #expect(index.components("prod-a")?.ownID == "prod-a")
        #expect(index.components("prod-b")?.components.isEmpty == true)
        #expect(index.ownID("prod-c") == nil)
        #expect(index.components("PROD-A") == nil)
        #expect(index.repeatedIDs == ["prod-a", "prod-a"])
    }
}
