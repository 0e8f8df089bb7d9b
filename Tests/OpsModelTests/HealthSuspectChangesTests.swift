import Foundation
import Testing
@testable import OpsModel

/// Which changes are marked as suspects: the two-hour window before a signal turned bad.
@Suite struct HealthSuspectChangesTests {
    /// 2026-11-27T09:00:00Z, the clock every case judges by.
    static let now = Date(timeIntervalSince1970: 1_795_770_000)

    static func ago(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(-seconds) }

    /// A one-minute series ending at `now`; `warn 5, crit 20, above`.
    static func signal(_ key: String, environment: String = "shop-prod", component: String = "pg-primary", values: [Double]) -> Signal {
        let samples = values.enumerated().map { index, value in
            Sample(time: now.addingTimeInterval(-Double(values.count - 1 - index) * 60), value: value)
        }
        return Signal(key: key, name: key, unit: "", environmentID: environment, componentID: component,
                      thresholds: Thresholds(warn: 5, crit: 20, direction: .above), samples: SampleSeries(samples))
    }

    static func change(_ id: String, at: Date, environment: String = "shop-prod") -> Change {
        Change(id: id, environmentID: environment, kind: .deploy, at: at, actor: "ci", summary: id)
    }

    /// Ok for 20 minutes, bad for the last 10: turned bad at now−9m.
    static let locks = signal("pg.waiting_locks", values: Array(repeating: 0, count: 20) + Array(repeating: 25, count: 10))

    @Test func turnedBadAtIsTheFirstOfTheLatestBadRun() {
        #expect(SignalAssessment.turnedBadAt(Self.locks) == Self.ago(9 * 60))
    }

    @Test func aChangeShortlyBeforeIsASuspect() throws {
        let links = SuspectChanges.links(changes: [Self.change("CHG-1", at: Self.ago(50 * 60))], signals: [Self.locks])
        let link = try #require(links["CHG-1"]?.first)
        #expect(link.signalKey == "pg.waiting_locks")
        #expect(link.componentID == "pg-primary")
        #expect(link.turnedBadAt == Self.ago(9 * 60))
        #expect(link.lead == 41 * 60)
    }

    @Test func aChangeAfterTheTurnIsNotASuspect() {
        let links = SuspectChanges.links(changes: [Self.change("CHG-late", at: Self.ago(5 * 60))], signals: [Self.locks])
        #expect(links.isEmpty)
    }

    @Test func theWindowEdgesAreInclusive() {
        let turned = Self.ago(9 * 60)
        #expect(SuspectChanges.isSuspect(changeAt: turned, turnedBadAt: turned))
        #expect(SuspectChanges.isSuspect(changeAt: turned.addingTimeInterval(-2 * 3600), turnedBadAt: turned))
        #expect(!SuspectChanges.isSuspect(changeAt: turned.addingTimeInterval(-2 * 3600 - 1), turnedBadAt: turned))
        #expect(!SuspectChanges.isSuspect(changeAt: turned.addingTimeInterval(1), turnedBadAt: turned))
    }

    @Test func aChangeOutsideTheWindowIsNotASuspect() {
        // 3 hours before now is 2h51m before the turn: outside the default two hours, inside a four-hour window.
        let old = Self.change("CHG-old", at: Self.ago(3 * 3600))
        #expect(SuspectChanges.links(changes: [old], signals: [Self.locks]).isEmpty)
        #expect(SuspectChanges.links(changes: [old], signals: [Self.locks], window: 4 * 3600)["CHG-old"]?.count == 1)
    }

    @Test func healthySignalsAndOtherEnvironmentsAreIgnored() {
        let healthy = Self.signal("pg.cache", values: [1, 1, 1])
        let elsewhere = Self.signal("pg.waiting_locks", environment: "other-prod", values: [0, 30, 30])
        let links = SuspectChanges.links(changes: [Self.change("CHG-1", at: Self.ago(30 * 60))], signals: [healthy, elsewhere])
        #expect(links.isEmpty)
    }

    @Test func oneChangeCanPrecedeSeveralSignals() throws {
        // Lag turned bad at now−4m, locks at now−9m: both within two hours after a change at now−50m.
        let lag = Self.signal("pg.replication_lag_s", component: "pg-replica-1", values: [1, 1, 1, 1, 1, 6, 9, 12, 30, 40])
        let links = SuspectChanges.links(
            changes: [Self.change("CHG-1", at: Self.ago(50 * 60)), Self.change("CHG-2", at: Self.ago(6 * 60))],
            signals: [Self.locks, lag]
        )
        let first = try #require(links["CHG-1"])
        #expect(first.map(\.signalKey) == ["pg.waiting_locks", "pg.replication_lag_s"])
        #expect(first.map(\.lead) == [41 * 60, 46 * 60])
        // CHG-2 came after locks turned bad but before lag did: a suspect for lag only.
        #expect(links["CHG-2"]?.map(\.signalKey) == ["pg.replication_lag_s"])
    }

    @Test func recoveredSignalsAreNotBlamed() {
        let recovered = Self.signal("pg.waiting_locks", values: [0, 30, 30, 0])
        #expect(SignalAssessment.turnedBadAt(recovered) == nil)
        #expect(SuspectChanges.links(changes: [Self.change("CHG-1", at: Self.ago(10 * 60))], signals: [recovered]).isEmpty)
    }

    @Test func timelineKeepsTheLastDayNewestFirst() {
        let changes = [
            Self.change("CHG-a", at: Self.ago(3600)), Self.change("CHG-b", at: Self.ago(25 * 3600)),
            Self.change("CHG-c", at: Self.ago(60)), Self.change("CHG-future", at: Self.now.addingTimeInterval(60)),
            Self.change("CHG-other", at: Self.ago(60), environment: "other-prod"),
        ]
        #expect(ChangeTimeline.recent(changes, environmentID: "shop-prod", now: Self.now).map(\.id) == ["CHG-c", "CHG-a"])
    }
}
