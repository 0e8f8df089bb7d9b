import Foundation
import Testing
import OpsModel

extension CalendarSpec {
    @Suite("Demo story: peak-season freeze")
    struct CalendarDemoStoryTests {
        /// Every year from 20 Nov 00:00 Berlin for 42 days. In 2026: 20 Nov 00:00 CET = 19 Nov 23:00Z,
        /// plus 42 × 24 h (no DST change in between) = 31 Dec 23:00Z, which reads 1 Jan 2027 00:00 CET.
        static let peak = window(
            "peak-season", .freeze, .recurring(cron: "0 0 20 11 *", duration: 42 * day, zone: "Europe/Berlin"),
            name: "Peak season", scope: Scope(tiers: [.coreProduction, .regionalProduction]),
            reason: "Black Friday to New Year trading peak", owner: "retail-ops"
        )
        static let production = environment("acme-prod", stage: .production, tier: .coreProduction)
        static let development = environment("acme-dev", stage: .development, tier: .nonProduction)
        /// Black Friday 2026 (27 Nov), 10:00 in Berlin.
        static let blackFriday = utc("2026-11-27T09:00:00Z")

        @Test func blocksProductionOnBlackFriday() {
            let verdict = CalendarEvaluator.evaluate(environment: Self.production, at: Self.blackFriday, duration: 30 * 60, windows: [Self.peak], approvals: [])
            #expect(verdict.decision == .blocked)
            #expect(verdict.reasons.map(\.rule) == ["calendar.freeze"])
            #expect(verdict.reasons[0].message == "frozen by \"Peak season\" until 2027-01-01 00:00 Europe/Berlin (Black Friday to New Year trading peak)")
            #expect(verdict.reasons[0].data["occurrenceStart"] == "2026-11-19T23:00:00Z")
            #expect(verdict.reasons[0].data["occurrenceEnd"] == "2026-12-31T23:00:00Z")
            #expect(verdict.reasons[0].data["owner"] == "retail-ops")
            #expect(verdict.reasons[0].data["cron"] == "0 0 20 11 *")
        }

        @Test func allowsDevelopmentOnBlackFriday() {
            let verdict = CalendarEvaluator.evaluate(environment: Self.development, at: Self.blackFriday, duration: 30 * 60, windows: [Self.peak], approvals: [])
            #expect(verdict.decision == .allowed)
            #expect(verdict.reasons.map(\.rule) == ["calendar.clear"])
        }

        @Test func nextProductionSlotIsWhenThePeakEnds() {
            let slot = CalendarEvaluator.nextAllowedSlot(environment: Self.production, from: Self.blackFriday, duration: 30 * 60, windows: [Self.peak], approvals: [])
            #expect(slot.map(iso) == "2026-12-31T23:00:00Z")
        }

        @Test func productionScreenShowsTheFreezeNow() {
            let active = CalendarEvaluator.activeOccurrences(environment: Self.production, at: Self.blackFriday, windows: [Self.peak])
            #expect(active.map(\.name) == ["Peak season"])
            #expect(active.map { iso($0.end) } == ["2026-12-31T23:00:00Z"])
            #expect(CalendarEvaluator.activeOccurrences(environment: Self.development, at: Self.blackFriday, windows: [Self.peak]).isEmpty)
        }
    }
}
