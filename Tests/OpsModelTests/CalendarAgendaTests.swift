import Foundation
import Testing
import OpsModel

extension CalendarSpec {
    @Suite("Agenda and active occurrences")
    struct CalendarAgendaTests {
        typealias F = CalendarFixtures

        @Test func activeOccurrencesPutTheFreezeFirst() {
            // 1 Aug 10:30Z: the freeze (10:00–12:00Z) inside the August maintenance window.
            let active = CalendarEvaluator.activeOccurrences(environment: F.august, at: utc("2026-08-01T10:30:00Z"), windows: CalendarEvaluatorTests.all)
            #expect(active.map(\.window.id) == ["august-freeze", "august-maintenance"])
            #expect(active.map { iso($0.end) } == ["2026-08-01T12:00:00Z", "2026-08-02T00:00:00Z"])
        }

        @Test func weekGridListsApplicableOccurrencesInOrder() {
            // The week of Mon 13 Jul 2026 (UTC): Tuesday night maintenance 14 Jul 20:00Z – 15 Jul 00:00Z;
            // the Tuesday before (7 Jul 20:00Z – 8 Jul 00:00Z) has ended; the freeze applies only to acme.
            let week = CalendarEvaluator.occurrences(
                environment: F.maintained, from: utc("2026-07-13T00:00:00Z"), to: utc("2026-07-20T00:00:00Z"), windows: CalendarEvaluatorTests.all
            )
            #expect(week.map { "\($0.window.id) \(iso($0.start))–\(iso($0.end))" } == [
                "weekly-maintenance 2026-07-14T20:00:00Z–2026-07-15T00:00:00Z",
            ])
        }

        @Test func monthGridIncludesAnOccurrenceRunningIntoTheMonth() {
            // July for acme-prod: the quarter-close freeze and the stock-count soft freeze;
            // a freeze begun on 28 Jun that runs into July is included too.
            let windows = CalendarEvaluatorTests.all + [
                window("june-end", .freeze, between("2026-06-28T00:00:00Z", "2026-07-02T00:00:00Z"), scope: F.productionOnly),
            ]
            let month = CalendarEvaluator.occurrences(
                environment: F.production, from: utc("2026-07-01T00:00:00Z"), to: utc("2026-08-01T00:00:00Z"), windows: windows
            )
            #expect(month.map(\.window.id) == ["june-end", "quarter-close", "stock-count"])
        }
    }
}
