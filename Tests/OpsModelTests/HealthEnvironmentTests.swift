import Foundation
import Testing
@testable import OpsModel

/// The per-environment health picture: processes, components, alerts and "bad since".
@Suite struct HealthEnvironmentTests {
    static let now = HealthSuspectChangesTests.now

    static let environment = Environment(
        id: "shop-prod", name: "Shop", tenantID: "shop", stage: .production, tier: .coreProduction, tenancy: .dedicated,
        region: "eu", zone: "eu-1a", timeZone: "Europe/Berlin", odooVersion: "17.0", release: nil, namespace: "shop", cluster: "k8s",
        components: [Component(id: "web", name: "Odoo web", kind: .odooWeb), Component(id: "pg-primary", name: "PostgreSQL primary", kind: .postgresPrimary)]
    )

    static func estate() -> Estate {
        var locks = HealthSuspectChangesTests.locks
        locks.processes = [.inventory, .orderCapture]
        var latency = HealthSuspectChangesTests.signal("http.latency", component: "web", values: [1, 2, 3])
        latency.processes = [.orderCapture]
        // Stale: last value 25 minutes old, past its 90 s limit.
        var stale = latency
        stale.key = "http.errors"
        stale.samples = [Sample(time: now.addingTimeInterval(-25 * 60), value: 0)]
        stale.processes = [.posSync]
        return Estate(
            environments: [environment], signals: [latency, locks, stale],
            changes: [HealthSuspectChangesTests.change("CHG-1", at: now.addingTimeInterval(-50 * 60))],
            alerts: [
                Alert(name: "Quiet", environmentID: "shop-prod", severity: "critical", summary: "", startsAt: now.addingTimeInterval(-60), silencedBy: ["s1"]),
                Alert(name: "Locks", environmentID: "shop-prod", severity: "critical", summary: "", startsAt: now.addingTimeInterval(-600)),
                Alert(name: "Lag", environmentID: "shop-prod", severity: "warning", summary: "", startsAt: now.addingTimeInterval(-900)),
            ]
        )
    }

    @Test func rollsUpPerProcessAndComponent() throws {
        let estate = Self.estate()
        let health = EnvironmentHealth(environment: Self.environment, estate: estate, overview: EstateOverview(estate: estate, now: Self.now))
        #expect(health.status == .crit)
        #expect(health.counts == [.crit: 1, .ok: 1, .unknown: 1])
        #expect(health.badSince == Self.now.addingTimeInterval(-9 * 60))
        let status = Dictionary(uniqueKeysWithValues: health.processes.map { ($0.process, $0.status) })
        #expect(status[.orderCapture] == .crit)
        #expect(status[.inventory] == .crit)
        #expect(status[.posSync] == .unknown)
        // No signal mapped: unknown, never ok.
        #expect(status[.paymentReconciliation] == .unknown)
        #expect(health.processes.map(\.process) == RetailProcess.allCases)
        // pg-primary is worst, so it comes first; web holds an ok and a stale signal.
        #expect(health.components.map(\.componentID) == ["pg-primary", "web"])
        #expect(health.components[1].status == .unknown)
        #expect(health.components[1].readings.map(\.signal.key) == ["http.errors", "http.latency"])
        #expect(abs((health.oldestValueAge ?? 0) - 25 * 60) < 0.001)
        // Stale signals never claim a "bad since".
        #expect(health.components[1].readings[0].turnedBadAt == nil)
    }

    @Test func alertsAndSuspects() throws {
        let estate = Self.estate()
        let health = EnvironmentHealth(environment: Self.environment, estate: estate, overview: EstateOverview(estate: estate, now: Self.now))
        #expect(health.alerts.map(\.name) == ["Locks", "Lag", "Quiet"])
        let change = try #require(health.changes.first)
        #expect(change.isSuspect)
        #expect(change.suspects.map(\.signalKey) == ["pg.waiting_locks"])
    }
}

/// The roll-up finds each environment's signals in list order, however the list interleaves them.
@Suite struct HealthRollUpIndexTests {
    @Test func signalsOfOneEnvironmentAreFoundWhereverTheyAre() {
        let base = HealthSuspectChangesTests.signal("http.latency", component: "web", values: [1, 2, 3])
        let order = ["a", "a", "b", "a", "c", "c", "b", "b", "a"]
        let signals = order.map { id in
            var signal = base
            signal.environmentID = id
            return signal
        }
        let rollUp = HealthRollUp(signals: signals, now: HealthEnvironmentTests.now)
        #expect(rollUp.signalIndices(environmentID: "a") == [0, 1, 3, 8])
        #expect(rollUp.signalIndices(environmentID: "b") == [2, 6, 7])
        #expect(rollUp.signalIndices(environmentID: "c") == [4, 5])
        #expect(rollUp.signalIndices(environmentID: "d") == [])
        #expect(HealthRollUp(signals: [], now: HealthEnvironmentTests.now).signalIndices(environmentID: "a") == [])
    }

    /// A list long enough to be split over cores, its runs crossing the parts' edges and some
    /// environments coming back later, as the plain filter finds them.
    @Test func aLongListSplitOverCoresFindsTheSame() {
        let base = HealthSuspectChangesTests.signal("http.latency", component: "web", values: [1, 2, 3])
        var state: UInt64 = 2026
        var ids: [String] = []
        while ids.count < 5_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let run = Int(state >> 33) % 700 + 1
            let environment = "env-\(Int(state >> 20) % 37)"
            ids += Array(repeating: environment, count: run)
        }
        let signals = ids.map { id in
            var signal = base
            signal.environmentID = id
            return signal
        }
        let rollUp = HealthRollUp(signals: signals, now: HealthEnvironmentTests.now)
        for environment in Set(ids).sorted() + ["env-none"] {
            #expect(rollUp.signalIndices(environmentID: environment) == ids.indices.filter { ids[$0] == environment }, "\(environment)")
        }
    }
}
