/// The identity of one generated environment: who owns it, what stage and tier, where it runs.
struct EnvironmentPlan {
    var id: String
    var name: String
    var tenant: TenantPlan
    var stage: String
    var tier: String
    var region: Region
    /// 0 healthy, 1 one series in warning, 2 one series critical.
    var trouble: Int
    /// Which of the environment's series is in trouble (when `trouble` > 0).
    var troubledSlot: Int

    var isProduction: Bool { stage == "production" || stage == "dr" }
    var isCore: Bool { tier == "core-production" }
    var namespace: String { id }
}

/// A generated retailer.
struct TenantPlan {
    var id: String
    var name: String
    var tenancy: String
}

/// A cloud region and the IANA zone its stores trade in.
struct Region {
    var name: String
    var zone: String
    var timeZone: String

    static let all: [Region] = [
        Region(name: "eu-west-3", zone: "eu-west-3a", timeZone: "Europe/Paris"),
        Region(name: "eu-central-1", zone: "eu-central-1b", timeZone: "Europe/Berlin"),
        Region(name: "eu-north-1", zone: "eu-north-1a", timeZone: "Europe/Stockholm"),
        Region(name: "us-east-1", zone: "us-east-1c", timeZone: "America/New_York"),
        Region(name: "us-west-2", zone: "us-west-2a", timeZone: "America/Los_Angeles"),
        Region(name: "ap-southeast-2", zone: "ap-southeast-2b", timeZone: "Australia/Sydney"),
    ]
}

/// Lays out tenants and environments: each tenant owns up to five environments, one per stage.
enum EstatePlanner {
    /// Stage, id prefix and label, in the order a tenant's environments are created.
    private static let stages: [(stage: String, prefix: String, label: String)] = [
        ("production", "prod", "production"), ("staging", "staging", "staging"), ("development", "dev", "development"),
        ("dr", "dr", "disaster recovery"), ("test", "test", "integration test"),
    ]
    private static let firstWords = ["Amber", "Birch", "Cobalt", "Dune", "Ember", "Fjord", "Granite", "Harbour", "Indigo", "Juniper",
                                     "Kestrel", "Linden", "Maple", "Nordic", "Orchid", "Pine", "Quartz", "Rowan", "Saffron", "Tidal"]
    private static let secondWords = ["Apparel", "Books", "Cycles", "Deli", "Electro", "Fashion", "Garden", "Home", "Interiors", "Jewels",
                                      "Kitchen", "Leisure", "Market", "Optics", "Pets", "Sports", "Toys", "Wine"]
    private static let tenancies = ["dedicated", "multi-tenant", "hybrid"]

    /// Tenants and environments for a spec, drawn from `random`.
    static func plan(_ spec: EstateSpec, random: inout SeededRandom) -> (tenants: [TenantPlan], environments: [EnvironmentPlan]) {
        let tenantCount = (spec.environments + stages.count - 1) / stages.count
        var tenants: [TenantPlan] = []
        var environments: [EnvironmentPlan] = []
        environments.reserveCapacity(spec.environments)
        for tenantIndex in 0..<tenantCount {
            let first = firstWords[random.below(firstWords.count)]
            let second = secondWords[random.below(secondWords.count)]
            let number = DecimalText.padded(tenantIndex + 1, width: 5)
            let tenant = TenantPlan(
                id: "\(first.lowercased())-\(second.lowercased())-\(number)",
                name: "\(first) \(second) \(tenantIndex + 1)",
                tenancy: tenancies[random.below(tenancies.count)]
            )
            tenants.append(tenant)
            let region = Region.all[random.below(Region.all.count)]
            let isCore = random.below(5) == 0
            let remaining = spec.environments - environments.count
            for stage in stages.prefix(min(stages.count, remaining)) {
                let production = stage.stage == "production" || stage.stage == "dr"
                let roll = random.below(100)
                environments.append(EnvironmentPlan(
                    id: "\(stage.prefix)-\(tenant.id)",
                    name: "\(tenant.name) \(stage.label)",
                    tenant: tenant,
                    stage: stage.stage,
                    tier: production ? (isCore ? "core-production" : "regional-production") : "non-production",
                    region: region,
                    trouble: roll < 3 ? 2 : (roll < 10 ? 1 : 0),
                    troubledSlot: random.below(max(1, spec.signalsPerEnvironment))
                ))
            }
        }
        return (tenants, environments)
    }
}
