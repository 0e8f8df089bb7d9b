import Foundation

/// Where an environment sits in the release pipeline.
public enum Stage: String, Sendable, Codable, CaseIterable, Hashable {
    case production, staging, test, development, dr
}

/// How a retailer's stack is shared.
public enum Tenancy: String, Sendable, Codable, CaseIterable, Hashable {
    case dedicated
    case multiTenant = "multi-tenant"
    case hybrid
}

/// A retailer (or retail group) the platform serves.
public struct Tenant: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var tenancy: Tenancy
    public init(id: String, name: String, tenancy: Tenancy) {
        self.id = id
        self.name = name
        self.tenancy = tenancy
    }
}

/// A person or rota to reach, in escalation order.
public struct Contact: Sendable, Hashable, Codable {
    public var name: String
    public var role: String
    public var reach: String
    public init(name: String, role: String, reach: String) {
        self.name = name
        self.role = role
        self.reach = reach
    }
}

/// A titled link (dashboard, repository, ticket queue).
public struct Link: Sendable, Hashable, Codable {
    public var title: String
    public var url: String
    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}

/// The release currently running on an environment.
public struct DeployedRelease: Sendable, Hashable, Codable {
    public var version: String
    public var deployedAt: Date
    public init(version: String, deployedAt: Date) {
        self.version = version
        self.deployedAt = deployedAt
    }
}

/// One environment of the estate: a tenant's stack at one stage, tier and region.
public struct Environment: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var tenantID: String
    public var stage: Stage
    public var tier: Tier
    public var tenancy: Tenancy
    public var region: String
    public var zone: String
    /// IANA zone the environment's business runs in (e.g. `Europe/Berlin`).
    public var timeZone: String
    public var odooVersion: String
    public var release: DeployedRelease?
    public var namespace: String
    public var cluster: String
    public var tags: [String]
    public var owners: [Contact]
    public var escalation: [Contact]
    public var links: [Link]
    public var components: [Component]

    /// Inlinable, so a reader in another module builds the environment in place: called, the
    /// initializer copied the whole value once more (a retain and a release per field; perf).
    @inlinable
    public init(
        id: String, name: String, tenantID: String, stage: Stage, tier: Tier, tenancy: Tenancy,
        region: String, zone: String, timeZone: String, odooVersion: String, release: DeployedRelease?,
        namespace: String, cluster: String, tags: [String] = [], owners: [Contact] = [],
        escalation: [Contact] = [], links: [Link] = [], components: [Component] = []
    ) {
        self.id = id
        self.name = name
        self.tenantID = tenantID
        self.stage = stage
        self.tier = tier
        self.tenancy = tenancy
        self.region = region
        self.zone = zone
        self.timeZone = timeZone
        self.odooVersion = odooVersion
        self.release = release
        self.namespace = namespace
        self.cluster = cluster
        self.tags = tags
        self.owners = owners
        self.escalation = escalation
        self.links = links
        self.components = components
    }
}
