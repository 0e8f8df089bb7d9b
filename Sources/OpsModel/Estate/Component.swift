/// What a component is; decides its icon, its signals and which runbooks apply.
public enum ComponentKind: String, Sendable, Codable, CaseIterable, Hashable {
    case odooWeb = "odoo-web"
    case odooWorker = "odoo-worker"
    case odooCron = "odoo-cron"
    case odooLongpolling = "odoo-longpolling"
    case postgresPrimary = "postgres-primary"
    case postgresReplica = "postgres-replica"
    case pgbouncer
    case redis
    case traefik
    case objectStorage = "object-storage"
    case kubernetes
    case integration
}

/// A running part of an environment (a deployment, a database, an integration).
public struct Component: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var kind: ComponentKind
    public var version: String?
    public var replicasReady: Int?
    public var replicasDesired: Int?
    /// For integrations: the partner system kind (pos, ecommerce, marketplace, payment, shipping, warehouse, bi).
    public var integration: String?

    public init(id: String, name: String, kind: ComponentKind, version: String? = nil, replicasReady: Int? = nil, replicasDesired: Int? = nil, integration: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.version = version
        self.replicasReady = replicasReady
        self.replicasDesired = replicasDesired
        self.integration = integration
    }
}
