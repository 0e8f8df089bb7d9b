import Foundation
import Testing
import OpsModel

extension CalendarSpec {
    @Suite("Occurrence expansion and daylight-saving time")
    struct CalendarExpansionTests {
        struct Case: Sendable, CustomTestStringConvertible {
            let label: String
            let schedule: WindowSchedule
            let from: String
            let to: String
            /// Expected occurrences as (start, end), worked out by hand.
            let expected: [(String, String)]
            var testDescription: String { label }
        }

        // 2026 transitions used below:
        // Europe/Berlin     29 Mar 01:00Z: 02:00 CET (+1) → 03:00 CEST (+2); 25 Oct 01:00Z: 03:00 CEST → 02:00 CET.
        // America/New_York   8 Mar 07:00Z: 02:00 EST (−5) → 03:00 EDT (−4);  1 Nov 06:00Z: 02:00 EDT → 01:00 EST.
        // Australia/Sydney   5 Apr 16:00Z (4 Apr): 03:00 AEDT (+11) → 02:00 AEST (+10);
        //                    4 Oct 16:00Z (3 Oct): 02:00 AEST (+10) → 03:00 AEDT (+11).
        static let cases: [Case] = [
            // Berlin spring forward: 02:30 does not exist; it begins at the gap's end, 03:00 CEST = 01:00Z.
            Case(label: "Berlin start in gap", schedule: recurring("30 2 29 3 *", hours: 1),
                 from: "2026-03-28T00:00:00Z", to: "2026-03-30T00:00:00Z",
                 expected: [("2026-03-29T01:00:00Z", "2026-03-29T02:00:00Z")]),
            // 02:00, 02:30 and 03:00 all begin at 01:00Z (kept once); 03:30 CEST = 01:30Z.
            Case(label: "Berlin several starts collapse in gap", schedule: recurring("0,30 2,3 29 3 *", hours: 0.5),
                 from: "2026-03-28T00:00:00Z", to: "2026-03-30T00:00:00Z",
                 expected: [("2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z"), ("2026-03-29T01:30:00Z", "2026-03-29T02:00:00Z")]),
            // Berlin fall back: 02:30 happens at 00:30Z (CEST) and 01:30Z (CET); only the first counts.
            Case(label: "Berlin start in overlap", schedule: recurring("30 2 25 10 *", hours: 1),
                 from: "2026-10-24T00:00:00Z", to: "2026-10-26T00:00:00Z",
                 expected: [("2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z")]),
            // 00:00 CET = 23:00Z the day before; 6 h elapsed → 05:00Z, which reads 07:00 CEST.
            Case(label: "Berlin duration across spring forward", schedule: recurring("0 0 29 3 *", hours: 6),
                 from: "2026-03-28T00:00:00Z", to: "2026-03-30T00:00:00Z",
                 expected: [("2026-03-28T23:00:00Z", "2026-03-29T05:00:00Z")]),
            // 00:00 CEST = 22:00Z the day before; 6 h elapsed → 04:00Z, which reads 05:00 CET.
            Case(label: "Berlin duration across fall back", schedule: recurring("0 0 25 10 *", hours: 6),
                 from: "2026-10-24T00:00:00Z", to: "2026-10-26T00:00:00Z",
                 expected: [("2026-10-24T22:00:00Z", "2026-10-25T04:00:00Z")]),
            // New York spring forward: 02:30 does not exist; 03:00 EDT = 07:00Z.
            Case(label: "New York start in gap", schedule: recurring("30 2 8 3 *", hours: 1, zone: "America/New_York"),
                 from: "2026-03-07T00:00:00Z", to: "2026-03-10T00:00:00Z",
                 expected: [("2026-03-08T07:00:00Z", "2026-03-08T08:00:00Z")]),
            // New York fall back: 01:30 happens at 05:30Z (EDT) and 06:30Z (EST); the first counts.
            Case(label: "New York start in overlap", schedule: recurring("30 1 1 11 *", hours: 1, zone: "America/New_York"),
                 from: "2026-10-31T00:00:00Z", to: "2026-11-03T00:00:00Z",
                 expected: [("2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z")]),
            // 00:00 EDT = 04:00Z; 4 h elapsed → 08:00Z, which reads 03:00 EST.
            Case(label: "New York duration across fall back", schedule: recurring("0 0 1 11 *", hours: 4, zone: "America/New_York"),
                 from: "2026-10-31T00:00:00Z", to: "2026-11-03T00:00:00Z",
                 expected: [("2026-11-01T04:00:00Z", "2026-11-01T08:00:00Z")]),
            // Daily 09:00 keeps to the wall clock: 09:00 EST = 14:00Z, then 09:00 EDT = 13:00Z.
            Case(label: "New York daily start follows the wall clock", schedule: recurring("0 9 * * *", hours: 1, zone: "America/New_York"),
                 from: "2026-03-07T00:00:00Z", to: "2026-03-10T00:00:00Z",
                 expected: [("2026-03-07T14:00:00Z", "2026-03-07T15:00:00Z"),
                            ("2026-03-08T13:00:00Z", "2026-03-08T14:00:00Z"),
                            ("2026-03-09T13:00:00Z", "2026-03-09T14:00:00Z")]),
            // Sydney fall back (5 Apr): 02:30 happens at 15:30Z (AEDT, +11) and 16:30Z (AEST); the first counts.
            Case(label: "Sydney start in overlap", schedule: recurring("30 2 5 4 *", hours: 1, zone: "Australia/Sydney"),
                 from: "2026-04-04T00:00:00Z", to: "2026-04-06T00:00:00Z",
                 expected: [("2026-04-04T15:30:00Z", "2026-04-04T16:30:00Z")]),
            // Sydney spring forward (4 Oct): 02:30 does not exist; 03:00 AEDT = 16:00Z on 3 Oct.
            Case(label: "Sydney start in gap", schedule: recurring("30 2 4 10 *", hours: 1, zone: "Australia/Sydney"),
                 from: "2026-10-03T00:00:00Z", to: "2026-10-05T00:00:00Z",
                 expected: [("2026-10-03T16:00:00Z", "2026-10-03T17:00:00Z")]),
            // 00:00 AEDT (+11) = 13:00Z on 4 Apr; 5 h elapsed → 18:00Z, which reads 04:00 AEST.
            Case(label: "Sydney duration across fall back", schedule: recurring("0 0 5 4 *", hours: 5, zone: "Australia/Sydney"),
                 from: "2026-04-04T00:00:00Z", to: "2026-04-06T00:00:00Z",
                 expected: [("2026-04-04T13:00:00Z", "2026-04-04T18:00:00Z")]),
            // 00:00 AEST (+10) = 14:00Z on 3 Oct; 5 h elapsed → 19:00Z, which reads 06:00 AEDT.
            Case(label: "Sydney duration across spring forward", schedule: recurring("0 0 4 10 *", hours: 5, zone: "Australia/Sydney"),
                 from: "2026-10-03T00:00:00Z", to: "2026-10-05T00:00:00Z",
                 expected: [("2026-10-03T14:00:00Z", "2026-10-03T19:00:00Z")]),
            // Mondays 00:00 Berlin for 5 days: Mon 1 Jun 00:00 CEST = 31 May 22:00Z, running to 5 Jun 22:00Z;
            // a query on Thursday 4 Jun must find it although it started 3½ days earlier.
            Case(label: "occurrence started days before the query", schedule: recurring("0 0 * * MON", hours: 120),
                 from: "2026-06-04T10:00:00Z", to: "2026-06-04T11:00:00Z",
                 expected: [("2026-05-31T22:00:00Z", "2026-06-05T22:00:00Z")]),
            // The same occurrence ends at 5 Jun 22:00Z, exclusive; the next starts Mon 8 Jun 00:00 CEST = 7 Jun 22:00Z.
            Case(label: "query starting at an end sees nothing", schedule: recurring("0 0 * * MON", hours: 120),
                 from: "2026-06-05T22:00:00Z", to: "2026-06-07T22:00:00Z", expected: []),
            Case(label: "instant query at a start sees it", schedule: recurring("0 0 * * MON", hours: 120),
                 from: "2026-06-07T22:00:00Z", to: "2026-06-07T22:00:00Z",
                 expected: [("2026-06-07T22:00:00Z", "2026-06-12T22:00:00Z")]),
            Case(label: "instant query at an end sees nothing", schedule: recurring("0 0 * * MON", hours: 120),
                 from: "2026-06-05T22:00:00Z", to: "2026-06-05T22:00:00Z", expected: []),
            // Peak season: 20 Nov 00:00 CET = 19 Nov 23:00Z, 42 days (no DST change) → 31 Dec 23:00Z.
            Case(label: "peak-season freeze covers Black Friday", schedule: .recurring(cron: "0 0 20 11 *", duration: 42 * day, zone: "Europe/Berlin"),
                 from: "2026-11-27T09:00:00Z", to: "2026-11-27T10:00:00Z",
                 expected: [("2026-11-19T23:00:00Z", "2026-12-31T23:00:00Z")]),
            Case(label: "UTC zone", schedule: recurring("0 12 * * *", hours: 1, zone: "UTC"),
                 from: "2026-06-01T00:00:00Z", to: "2026-06-02T00:00:00Z",
                 expected: [("2026-06-01T12:00:00Z", "2026-06-01T13:00:00Z")]),
            // Local one-off: 27 Nov 00:00 CET = 26 Nov 23:00Z; 30 Nov 06:00 CET = 05:00Z.
            Case(label: "local date-times in a zone",
                 schedule: .local(start: LocalDateTime(year: 2026, month: 11, day: 27), end: LocalDateTime(year: 2026, month: 11, day: 30, hour: 6), zone: "Europe/Berlin"),
                 from: "2026-11-01T00:00:00Z", to: "2026-12-01T00:00:00Z",
                 expected: [("2026-11-26T23:00:00Z", "2026-11-30T05:00:00Z")]),
            // Local start in the Berlin gap → 01:00Z; 04:00 CEST → 02:00Z.
            Case(label: "local start in a gap",
                 schedule: .local(start: LocalDateTime(year: 2026, month: 3, day: 29, hour: 2, minute: 30), end: LocalDateTime(year: 2026, month: 3, day: 29, hour: 4), zone: "Europe/Berlin"),
                 from: "2026-03-28T00:00:00Z", to: "2026-03-30T00:00:00Z",
                 expected: [("2026-03-29T01:00:00Z", "2026-03-29T02:00:00Z")]),
            // Local start in the New York overlap → first 01:30, EDT = 05:30Z; end 03:00 EST = 08:00Z.
            Case(label: "local start in an overlap",
                 schedule: .local(start: LocalDateTime(year: 2026, month: 11, day: 1, hour: 1, minute: 30), end: LocalDateTime(year: 2026, month: 11, day: 1, hour: 3), zone: "America/New_York"),
                 from: "2026-10-31T00:00:00Z", to: "2026-11-03T00:00:00Z",
                 expected: [("2026-11-01T05:30:00Z", "2026-11-01T08:00:00Z")]),
            Case(label: "one-off instants", schedule: between("2026-07-01T10:00:00Z", "2026-07-01T12:00:00Z"),
                 from: "2026-07-01T11:59:59Z", to: "2026-07-02T00:00:00Z",
                 expected: [("2026-07-01T10:00:00Z", "2026-07-01T12:00:00Z")]),
            Case(label: "one-off instants outside the query", schedule: between("2026-07-01T10:00:00Z", "2026-07-01T12:00:00Z"),
                 from: "2026-07-01T12:00:00Z", to: "2026-07-02T00:00:00Z", expected: []),
        ]

        @Test(arguments: cases)
        func expands(_ testCase: Case) {
            let compiled = compile(window("w", .freeze, testCase.schedule))
            let found = compiled.occurrences(from: utc(testCase.from), to: utc(testCase.to))
            #expect(found.map { "\(iso($0.start))–\(iso($0.end))" } == testCase.expected.map { "\($0.0)–\($0.1)" })
            #expect(found.allSatisfy { $0.windowID == "w" })
        }

        @Test func everyMinuteForAWeekIsExactAndOrdered() {
            // 7 days × 1440 minutes; the Berlin spring-forward day loses its 60 gap minutes, which all
            // begin at 01:00Z and collapse into the 03:00 occurrence: 10080 − 60 = 10020.
            let compiled = compile(window("w", .freeze, recurring("* * * * *", hours: 1.0 / 60)))
            let found = compiled.occurrences(from: utc("2026-03-25T23:00:00Z"), to: utc("2026-04-01T22:00:00Z"))
            #expect(found.count == 10_020)
            #expect(zip(found, found.dropFirst()).allSatisfy { $0.start < $1.start })
        }
    }
}
