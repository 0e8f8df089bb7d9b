/// One signal key of the generated catalog: its thresholds and what a healthy value looks like.
struct SignalKind {
    var key: String
    var name: String
    var unit: String
    var warn: Double
    var crit: Double
    /// True when low values are bad (cache hit ratio).
    var lowIsBad: Bool
    var processes: [String]
    var runbook: String?
    /// Typical healthy value; samples wander around it.
    var typical: Double
    /// Decimals written for samples of this key.
    var decimals: Int

    /// A value that breaches the warning threshold but not the critical one.
    var warningValue: Double { (warn + crit) / 2 }

    /// A value beyond the critical threshold.
    var criticalValue: Double { lowIsBad ? crit * 0.95 : crit * 1.4 + 1 }
}

/// The signal catalog written into every generated estate (the same keys the demo estate uses).
enum SignalCatalog {
    static let kinds: [SignalKind] = [
        SignalKind(key: "http.p95_latency_ms", name: "HTTP p95 latency", unit: "ms", warn: 800, crit: 2000, lowIsBad: false, processes: ["order-capture"], runbook: "traefik-5xx", typical: 320, decimals: 0),
        SignalKind(key: "http.5xx_rate_pct", name: "HTTP 5xx rate", unit: "%", warn: 1, crit: 5, lowIsBad: false, processes: ["order-capture", "pos-sync"], runbook: "traefik-5xx", typical: 0.2, decimals: 2),
        SignalKind(key: "odoo.worker_utilisation_pct", name: "Odoo worker utilisation", unit: "%", warn: 75, crit: 90, lowIsBad: false, processes: ["order-capture", "fulfilment"], runbook: nil, typical: 45, decimals: 1),
        SignalKind(key: "queue.depth", name: "Job queue depth", unit: "jobs", warn: 500, crit: 2000, lowIsBad: false, processes: ["fulfilment", "inventory", "financial-posting"], runbook: nil, typical: 60, decimals: 0),
        SignalKind(key: "queue.oldest_job_age_s", name: "Oldest queued job", unit: "s", warn: 300, crit: 900, lowIsBad: false, processes: ["fulfilment", "inventory"], runbook: nil, typical: 25, decimals: 0),
        SignalKind(key: "cron.overdue_actions", name: "Overdue scheduled actions", unit: "jobs", warn: 3, crit: 10, lowIsBad: false, processes: ["financial-posting", "inventory"], runbook: nil, typical: 0, decimals: 0),
        SignalKind(key: "longpolling.connections", name: "Long-polling connections", unit: "conn", warn: 4000, crit: 6000, lowIsBad: false, processes: ["pos-sync"], runbook: nil, typical: 1400, decimals: 0),
        SignalKind(key: "pg.connections_used_pct", name: "Connections used", unit: "%", warn: 75, crit: 90, lowIsBad: false, processes: ["order-capture", "pos-sync", "financial-posting"], runbook: nil, typical: 40, decimals: 1),
        SignalKind(key: "pg.waiting_locks", name: "Waiting locks", unit: "locks", warn: 5, crit: 20, lowIsBad: false, processes: ["order-capture", "inventory", "financial-posting"], runbook: "pg-lock-contention", typical: 0, decimals: 0),
        SignalKind(key: "pg.longest_tx_age_s", name: "Longest transaction", unit: "s", warn: 300, crit: 1800, lowIsBad: false, processes: ["inventory", "financial-posting"], runbook: "pg-lock-contention", typical: 12, decimals: 0),
        SignalKind(key: "pg.deadlocks_per_min", name: "Deadlocks", unit: "/min", warn: 1, crit: 5, lowIsBad: false, processes: ["order-capture", "inventory"], runbook: "pg-lock-contention", typical: 0, decimals: 0),
        SignalKind(key: "pg.cache_hit_pct", name: "Cache hit ratio", unit: "%", warn: 97, crit: 90, lowIsBad: true, processes: ["order-capture"], runbook: nil, typical: 99.4, decimals: 1),
        SignalKind(key: "pg.replication_lag_bytes", name: "Replication lag (bytes)", unit: "B", warn: 67_108_864, crit: 1_073_741_824, lowIsBad: false, processes: ["inventory", "pos-sync"], runbook: "pg-replication-lag", typical: 2_000_000, decimals: 0),
        SignalKind(key: "pg.replication_lag_s", name: "Replication lag", unit: "s", warn: 10, crit: 60, lowIsBad: false, processes: ["inventory", "pos-sync"], runbook: "pg-replication-lag", typical: 0.6, decimals: 2),
        SignalKind(key: "pgbouncer.clients_waiting", name: "PgBouncer clients waiting", unit: "clients", warn: 10, crit: 50, lowIsBad: false, processes: ["order-capture", "pos-sync"], runbook: nil, typical: 0, decimals: 0),
        SignalKind(key: "redis.memory_used_pct", name: "Redis memory used", unit: "%", warn: 80, crit: 95, lowIsBad: false, processes: ["order-capture"], runbook: "redis-memory", typical: 52, decimals: 1),
        SignalKind(key: "redis.evictions_per_s", name: "Redis evictions", unit: "/s", warn: 1, crit: 50, lowIsBad: false, processes: ["order-capture"], runbook: "redis-memory", typical: 0, decimals: 1),
        SignalKind(key: "k8s.pod_restarts_1h", name: "Pod restarts (1h)", unit: "restarts", warn: 3, crit: 10, lowIsBad: false, processes: ["order-capture"], runbook: nil, typical: 0, decimals: 0),
        SignalKind(key: "k8s.pods_not_ready", name: "Pods not ready", unit: "pods", warn: 1, crit: 3, lowIsBad: false, processes: ["order-capture", "pos-sync"], runbook: nil, typical: 0, decimals: 0),
        SignalKind(key: "storage.latency_ms", name: "Object storage latency", unit: "ms", warn: 200, crit: 1000, lowIsBad: false, processes: ["fulfilment", "financial-posting"], runbook: nil, typical: 45, decimals: 0),
        SignalKind(key: "integration.latency_ms", name: "Integration latency", unit: "ms", warn: 1500, crit: 5000, lowIsBad: false, processes: [], runbook: nil, typical: 380, decimals: 0),
        SignalKind(key: "integration.error_rate_pct", name: "Integration error rate", unit: "%", warn: 2, crit: 10, lowIsBad: false, processes: [], runbook: nil, typical: 0.3, decimals: 2),
        SignalKind(key: "biz.order_processing_delay_s", name: "Order processing delay", unit: "s", warn: 120, crit: 600, lowIsBad: false, processes: ["order-capture", "fulfilment"], runbook: nil, typical: 18, decimals: 0),
        SignalKind(key: "biz.inventory_sync_lag_s", name: "Inventory sync lag", unit: "s", warn: 300, crit: 1800, lowIsBad: false, processes: ["inventory"], runbook: "pos-sync-backlog", typical: 40, decimals: 0),
        SignalKind(key: "biz.pos_sync_backlog", name: "POS sync backlog", unit: "orders", warn: 200, crit: 1000, lowIsBad: false, processes: ["pos-sync"], runbook: "pos-sync-backlog", typical: 12, decimals: 0),
        SignalKind(key: "biz.payment_recon_failures", name: "Payment reconciliation failures", unit: "/h", warn: 1, crit: 10, lowIsBad: false, processes: ["payment-reconciliation", "financial-posting"], runbook: nil, typical: 0, decimals: 0),
    ]

    /// The kind of a key; every key used by `SignalSlots` is in the catalog.
    static func kind(_ key: String) -> SignalKind {
        guard let kind = kinds.first(where: { $0.key == key }) else {
            preconditionFailure("signal key \(key) is missing from the generated catalog")
        }
        return kind
    }

    /// Runbook ids the catalog refers to; the generator writes one small runbook for each.
    static var runbookIDs: [String] {
        var seen: [String] = []
        for kind in kinds {
            if let runbook = kind.runbook, !seen.contains(runbook) { seen.append(runbook) }
        }
        return seen
    }
}
