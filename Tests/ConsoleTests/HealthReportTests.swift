import Foundation
import Testing
import OpsModel
@testable import Console

/// `opsdeck health` output: the same verdicts as the screen, as text and JSON.
@Suite struct HealthReportTests {
    static func report(_ id: String?) -> (environments: [EnvironmentHealth], state: AppState) {
        let state = DemoState.make()
        let environments = HealthReport.environments(estate: state.estate, overview: state.overview!, environmentID: id) ?? []
        return (environments, state)
    }

    @Test func unknownEnvironmentIsNil() {
        let state = DemoState.make()
        #expect(HealthReport.environments(estate: state.estate, overview: state.overview!, environmentID: "nope") == nil)
    }

    @Test func allEnvironmentsWorstFirst() {
        let ids = Self.report(nil).environments.map(\.environment.id)
        #expect(ids.first == "prod-de-nordkauf")
        #expect(ids.count == 14)
    }

    @Test func textTellsWhatIsRedAndWhatChanged() {
        let (environments, state) = Self.report("prod-de-nordkauf")
        let text = HealthReport.text(environments, snapshot: state.snapshot!, now: state.now, zone: TimeZone(identifier: "UTC")!, clockIsFixed: true, detailed: true)
        #expect(text.contains("prod-de-nordkauf: crit (6 crit, 4 warn, 26 ok), bad for 24m"))
        #expect(text.contains("crit     inventory"))
        #expect(text.contains("crit     pg-primary/pg.waiting_locks = 34 locks [>=5 / >=20] age 0s, bad for 24m"))
        #expect(text.contains("migration CHG-8812 17.0.4.2 -> 17.0.5.0"))
        #expect(text.contains("SUSPECT: pg-primary/pg.longest_tx_age_s turned bad 26m later"))
        // The scaling three hours ago is outside the two-hour window: listed, not suspected.
        let scaling = text.components(separatedBy: "\n").drop { !$0.contains("CHG-8809") }.dropFirst().first ?? ""
        #expect(!scaling.contains("SUSPECT"))
        #expect(text.contains("[inhibited by PostgresLocksWaiting]"))
    }

    @Test func unknownCarriesAgeAndReason() {
        let (environments, state) = Self.report("dr-us-harbour")
        let text = HealthReport.text(environments, snapshot: state.snapshot!, now: state.now, zone: TimeZone(identifier: "UTC")!, clockIsFixed: true, detailed: true)
        #expect(text.contains("unknown  k8s/k8s.pods_not_ready = 0 pods [>=1 / >=3] age stale 14m — kube-state-metrics: connection refused"))
    }

    @Test func jsonCarriesEveryVerdict() throws {
        let (environments, state) = Self.report("prod-de-nordkauf")
        let json = HealthReport.json(environments, snapshot: state.snapshot!, now: state.now, clockIsFixed: true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["suspectWindowSeconds"] as? Int == 7200)
        #expect(object["now"] as? String == "2026-11-27T09:00:00Z")
        let environment = try #require((object["environments"] as? [[String: Any]])?.first)
        #expect(environment["status"] as? String == "crit")
        #expect(environment["badSince"] as? String == "2026-11-27T08:36:00Z")
        let signals = try #require(environment["signals"] as? [[String: Any]])
        let locks = try #require(signals.first { $0["key"] as? String == "pg.waiting_locks" })
        #expect(locks["value"] as? Double == 34 && locks["status"] as? String == "crit" && locks["ageSeconds"] as? Int == 0)
        #expect(locks["turnedBadAt"] as? String == "2026-11-27T08:36:00Z")
        let changes = try #require(environment["changes"] as? [[String: Any]])
        let migration = try #require(changes.first { $0["id"] as? String == "CHG-8812" })
        #expect(migration["suspect"] as? Bool == true)
        let links = try #require(migration["suspectFor"] as? [[String: Any]])
        #expect(links.contains { $0["signalKey"] as? String == "pg.waiting_locks" && $0["lead"] as? Double == 1560 })
        #expect((changes.first { $0["id"] as? String == "CHG-8809" })?["suspect"] as? Bool == false)
        let processes = try #require(environment["processes"] as? [[String: Any]])
        #expect(processes.count == 6)
    }
}
