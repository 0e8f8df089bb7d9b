/// A component every generated environment may have, written as one flow mapping.
struct ComponentTemplate {
    var id: String
    var name: String
    var kind: String
    var version: String?
    var replicas: Int?
    var integration: String?

    /// The YAML flow mapping of the component.
    var yaml: String {
        var fields = ["id: \(id)", "name: \"\(name)\"", "kind: \(kind)"]
        if let version { fields.append("version: \"\(version)\"") }
        if let replicas { fields.append("ready: \(replicas), desired: \(replicas)") }
        if let integration { fields.append("integration: \(integration)") }
        return "{" + fields.joined(separator: ", ") + "}"
    }
}

/// Which series an environment carries: the first `count` slots of a fixed list.
///
/// The first 40 slots mirror the demo's flagship production environment (one Odoo stack with
/// replicas, PgBouncer, Redis and retail integrations); beyond 40, extra integration feeds are
/// added two series at a time so any count can be asked for.
enum SignalSlots {
    /// A series: which component it belongs to and which key it measures.
    struct Slot {
        var component: ComponentTemplate
        var key: String
    }

    static let traefik = ComponentTemplate(id: "traefik", name: "Traefik ingress", kind: "traefik", version: "2.11", replicas: 2)
    static let odooWeb = ComponentTemplate(id: "odoo-web", name: "Odoo web", kind: "odoo-web", version: "17.0", replicas: 4)
    static let odooWorker = ComponentTemplate(id: "odoo-worker", name: "Odoo queue workers", kind: "odoo-worker", version: "17.0", replicas: 3)
    static let odooCron = ComponentTemplate(id: "odoo-cron", name: "Odoo scheduled actions", kind: "odoo-cron", version: "17.0", replicas: 1)
    static let longpolling = ComponentTemplate(id: "odoo-longpolling", name: "Odoo long-polling", kind: "odoo-longpolling", version: "17.0", replicas: 2)
    static let primary = ComponentTemplate(id: "pg-primary", name: "PostgreSQL primary", kind: "postgres-primary", version: "15.8", replicas: 1)
    static let replica1 = ComponentTemplate(id: "pg-replica-1", name: "PostgreSQL replica 1", kind: "postgres-replica", version: "15.8", replicas: 1)
    static let replica2 = ComponentTemplate(id: "pg-replica-2", name: "PostgreSQL replica 2", kind: "postgres-replica", version: "15.8", replicas: 1)
    static let pgbouncer = ComponentTemplate(id: "pgbouncer", name: "PgBouncer", kind: "pgbouncer", version: "1.22", replicas: 2)
    static let redis = ComponentTemplate(id: "redis", name: "Redis (cache, sessions, queue)", kind: "redis", version: "7.0", replicas: 1)
    static let kubernetes = ComponentTemplate(id: "k8s", name: "Kubernetes", kind: "kubernetes", version: "1.29")
    static let storage = ComponentTemplate(id: "object-storage", name: "Object storage (filestore, backups)", kind: "object-storage")

    static func integration(_ name: String, title: String) -> ComponentTemplate {
        ComponentTemplate(id: "int-\(name)", name: title, kind: "integration", integration: name)
    }

    static let pos = integration("pos", title: "POS (store tills)")
    static let ecommerce = integration("ecommerce", title: "eCommerce storefront")
    static let marketplace = integration("marketplace", title: "Marketplaces")
    static let payment = integration("payment", title: "Payment gateway")
    static let shipping = integration("shipping", title: "Shipping carriers")
    static let warehouse = integration("warehouse", title: "Warehouse (WMS)")
    static let loyalty = integration("loyalty", title: "Loyalty programme")

    /// The fixed first slots, in the order they are taken.
    static let base: [Slot] = {
        var slots: [Slot] = []
        func add(_ component: ComponentTemplate, _ keys: String...) {
            for key in keys { slots.append(Slot(component: component, key: key)) }
        }
        add(traefik, "http.p95_latency_ms", "http.5xx_rate_pct")
        add(odooWeb, "odoo.worker_utilisation_pct")
        add(odooWorker, "queue.depth", "queue.oldest_job_age_s", "biz.order_processing_delay_s")
        add(primary, "pg.connections_used_pct", "pg.waiting_locks", "pg.longest_tx_age_s", "pg.deadlocks_per_min", "pg.cache_hit_pct")
        add(redis, "redis.memory_used_pct", "redis.evictions_per_s")
        add(kubernetes, "k8s.pod_restarts_1h", "k8s.pods_not_ready")
        add(odooCron, "cron.overdue_actions")
        add(longpolling, "longpolling.connections")
        add(pgbouncer, "pgbouncer.clients_waiting")
        add(replica1, "pg.replication_lag_bytes", "pg.replication_lag_s")
        add(storage, "storage.latency_ms")
        for component in [pos, ecommerce, marketplace, payment, shipping, warehouse, loyalty] {
            add(component, "integration.latency_ms", "integration.error_rate_pct")
        }
        add(warehouse, "biz.inventory_sync_lag_s")
        add(pos, "biz.pos_sync_backlog")
        add(payment, "biz.payment_recon_failures")
        add(replica2, "pg.replication_lag_bytes", "pg.replication_lag_s")
        return slots
    }()

    /// The first `count` slots, extended with numbered integration feeds past the fixed list.
    static func first(_ count: Int) -> [Slot] {
        var slots = Array(base.prefix(count))
        var feed = 1
        while slots.count < count {
            let component = integration("feed-\(feed)", title: "Partner feed \(feed)")
            slots.append(Slot(component: component, key: "integration.latency_ms"))
            if slots.count < count { slots.append(Slot(component: component, key: "integration.error_rate_pct")) }
            feed += 1
        }
        return slots
    }

    /// The components the slots need, each once, in first-use order; Kubernetes is always there.
    static func components(for slots: [Slot]) -> [ComponentTemplate] {
        var seen: Set<String> = []
        var result: [ComponentTemplate] = []
        for slot in slots where seen.insert(slot.component.id).inserted {
            result.append(slot.component)
        }
        if !seen.contains(kubernetes.id) { result.append(kubernetes) }
        return result
    }
}
