import Foundation
import Testing
@testable import OpsModel

@Suite("Runbook search and review age")
struct RunbookSearchTests {
    static let runbooks = [
        Runbook(id: "pg-replication-lag", title: "PostgreSQL replication lag", signalKeys: ["pg.replication_lag_s"], body: "Check pg_stat_replication on the primary."),
        Runbook(id: "pg-lock-contention", title: "PostgreSQL lock contention", body: "A replica may also lag. Look at pg_locks and pg_stat_activity."),
        Runbook(id: "redis-memory", title: "Redis memory pressure", body: "Evictions log users out of their sessions."),
        Runbook(id: "restore-pitr", title: "Restore and point-in-time recovery", body: "Replay WAL to the target; the replication slots need rebuilding."),
    ]

    @Test func emptyQueryKeepsAllInTitleOrder() {
        #expect(RunbookSearch.rank(Self.runbooks, query: "  ").map(\.runbook.id) == ["pg-lock-contention", "pg-replication-lag", "redis-memory", "restore-pitr"])
    }

    @Test func titleMatchesRankAboveBodyMatches() {
        let ids = RunbookSearch.rank(Self.runbooks, query: "replica").map(\.runbook.id)
        #expect(ids.first == "pg-replication-lag")
        #expect(Set(ids) == ["pg-replication-lag", "pg-lock-contention", "restore-pitr"])
    }

    @Test func wordPrefixMatchesAndCaseIsIgnored() {
        #expect(RunbookSearch.rank(Self.runbooks, query: "EVICT").map(\.runbook.id) == ["redis-memory"])
        #expect(RunbookSearch.rank(Self.runbooks, query: "stat_act").map(\.runbook.id) == ["pg-lock-contention"])
    }

    @Test func termsAreAnded() {
        #expect(RunbookSearch.rank(Self.runbooks, query: "postgresql lock").map(\.runbook.id) == ["pg-lock-contention"])
        #expect(RunbookSearch.rank(Self.runbooks, query: "redis replication").isEmpty)
    }

    @Test func metadataMatchesRankBetweenTitleAndBody() {
        let matches = RunbookSearch.rank(Self.runbooks, query: "lag")
        #expect(matches.map(\.runbook.id) == ["pg-replication-lag", "pg-lock-contention"])
        #expect(matches[0].fields == ["title"])
        #expect(matches[1].fields == ["body"])
        let bySignal = RunbookSearch.rank(Self.runbooks, query: "replication_lag_s")
        #expect(bySignal.first?.fields == ["applies-to"] || bySignal.first?.fields == ["title"])
    }

    @Test func reviewAgeWarnsFrom180Days() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        func runbook(daysAgo: Double?) -> Runbook {
            Runbook(id: "x", title: "x", lastReviewed: daysAgo.map { now.addingTimeInterval(-$0 * 86400) }, body: "")
        }
        #expect(RunbookReview(runbook: runbook(daysAgo: 179.9), now: now) == .current(days: 179))
        #expect(RunbookReview(runbook: runbook(daysAgo: 180), now: now) == .stale(days: 180))
        #expect(RunbookReview(runbook: runbook(daysAgo: 400), now: now).isStale)
        #expect(RunbookReview(runbook: runbook(daysAgo: nil), now: now) == .never)
        #expect(RunbookReview(runbook: runbook(daysAgo: nil), now: now).isStale)
        #expect(RunbookReview(runbook: runbook(daysAgo: -3), now: now) == .current(days: 0))
        #expect(RunbookReview.stale(days: 212).summary == "not reviewed for 212 days (limit 180)")
    }
}
