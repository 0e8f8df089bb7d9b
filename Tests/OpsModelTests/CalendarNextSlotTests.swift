import Foundation
import Testing
import OpsModel

extension CalendarSpec {
    @Suite("Next allowed slot")
    struct CalendarNextSlotTests {
        typealias F = CalendarFixtures

        struct Case: Sendable, CustomTestStringConvertible {
            let label: String
            var environment: Environment = F.production
            let from: String
            var hours: Double = 1
            let windows: [FreezeWindow]
            var approvals: [Approval] = []
            var horizonDays: Double = 90
            /// The expected slot, nil for "none within the horizon".
            let expected: String?
            var testDescription: String { label }
        }

        static let all = CalendarEvaluatorTests.all

        static let cases: [Case] = [
            Case(label: "immediate when nothing applies", from: "2026-07-13T09:00:00Z", windows: all, expected: "2026-07-13T09:00:00Z"),
            Case(label: "after the freeze in force", from: "2026-07-11T09:00:00Z", windows: all, expected: "2026-07-12T00:00:00Z"),
            // [23:30, 00:30) would run into the freeze starting 00:00Z: wait for its end.
            Case(label: "a deploy that would run into a freeze waits", from: "2026-07-09T23:30:00Z", windows: all, expected: "2026-07-12T00:00:00Z"),
            // [22:00, 00:00) ends exactly as the freeze begins.
            Case(label: "a deploy that just fits before a freeze", from: "2026-07-09T22:00:00Z", hours: 2, windows: all, expected: "2026-07-09T22:00:00Z"),
            Case(label: "back-to-back freezes",
                 from: "2026-07-11T09:00:00Z",
                 windows: [F.quarterClose, window("after", .freeze, between("2026-07-11T23:00:00Z", "2026-07-12T06:00:00Z"), scope: F.productionOnly)],
                 expected: "2026-07-12T06:00:00Z"),
            Case(label: "out of the freeze's scope", environment: F.development, from: "2026-07-11T09:00:00Z", windows: all, expected: "2026-07-11T09:00:00Z"),
            Case(label: "soft freeze without approval waits for its end", from: "2026-07-20T06:00:00Z", windows: all, expected: "2026-07-21T00:00:00Z"),
            Case(label: "soft freeze with an approval becoming valid later", from: "2026-07-20T06:00:00Z", windows: all,
                 approvals: [F.approval("A-1", from: "2026-07-20T10:00:00Z", until: "2026-07-20T14:00:00Z")],
                 expected: "2026-07-20T10:00:00Z"),
            Case(label: "approval too short for the deploy is no use", from: "2026-07-20T06:00:00Z", hours: 5, windows: all,
                 approvals: [F.approval("A-2", from: "2026-07-20T10:00:00Z", until: "2026-07-20T14:00:00Z")],
                 expected: "2026-07-21T00:00:00Z"),
            Case(label: "approval in force now", from: "2026-07-20T06:00:00Z", windows: all,
                 approvals: [F.approval("A-3", window: nil, from: "2026-07-20T00:00:00Z", until: "2026-07-21T00:00:00Z")],
                 expected: "2026-07-20T06:00:00Z"),
            // Next Tuesday 22:00 CEST after Wednesday 8 Jul: 14 Jul 20:00Z.
            Case(label: "inside the next maintenance window", environment: F.maintained, from: "2026-07-08T10:00:00Z", windows: all,
                 expected: "2026-07-14T20:00:00Z"),
            Case(label: "already inside a maintenance window", environment: F.maintained, from: "2026-07-14T21:00:00Z", windows: all,
                 expected: "2026-07-14T21:00:00Z"),
            // From 23:30Z only 30 minutes of Tuesday's window remain: the next is 21 Jul 20:00Z.
            Case(label: "too little of the maintenance window left", environment: F.maintained, from: "2026-07-14T23:30:00Z", windows: all,
                 expected: "2026-07-21T20:00:00Z"),
            // A 4 h window can never hold a 5 h deploy.
            Case(label: "maintenance window too short", environment: F.maintained, from: "2026-07-08T10:00:00Z", hours: 5, windows: all,
                 expected: nil),
            // The freeze ends at 22:00Z, inside the maintenance occurrence [20:00, 00:00).
            Case(label: "freeze at the start of the maintenance window", environment: F.maintained, from: "2026-07-08T10:00:00Z",
                 windows: all + [window("tue-freeze", .freeze, between("2026-07-14T18:00:00Z", "2026-07-14T22:00:00Z"))],
                 expected: "2026-07-14T22:00:00Z"),
            // Freeze 10:00–12:00Z inside the August window [1 Aug 00:00, 2 Aug 00:00).
            Case(label: "freeze inside the maintenance window", environment: F.august, from: "2026-08-01T09:30:00Z", windows: all,
                 expected: "2026-08-01T12:00:00Z"),
            Case(label: "after the last maintenance window", environment: F.august, from: "2026-08-01T23:30:00Z", windows: all,
                 expected: nil),
            // 100-day freeze from 1 Sep: 90 days are not enough, 120 are (it ends 10 Dec 00:00Z).
            Case(label: "none within the horizon", from: "2026-09-01T00:00:00Z",
                 windows: [window("long", .freeze, between("2026-09-01T00:00:00Z", "2026-12-10T00:00:00Z"))],
                 expected: nil),
            Case(label: "within a longer horizon", from: "2026-09-01T00:00:00Z",
                 windows: [window("long", .freeze, between("2026-09-01T00:00:00Z", "2026-12-10T00:00:00Z"))],
                 horizonDays: 120, expected: "2026-12-10T00:00:00Z"),
            // The horizon bounds the start: a slot exactly at from + horizon counts.
            Case(label: "slot exactly at the horizon", from: "2026-09-01T00:00:00Z",
                 windows: [window("ten-days", .freeze, between("2026-09-01T00:00:00Z", "2026-09-11T00:00:00Z"))],
                 horizonDays: 10, expected: "2026-09-11T00:00:00Z"),
            // Sundays 02:00 Berlin for 2 h: on 29 Mar the start is in the gap → 01:00Z (03:00 CEST).
            Case(label: "maintenance on the spring-forward night", from: "2026-03-28T12:00:00Z", hours: 2,
                 windows: [window("sunday", .maintenance, recurring("0 2 * * SUN", hours: 2))], expected: "2026-03-29T01:00:00Z"),
            // On 25 Oct 02:00 happens twice; the first is 02:00 CEST = 00:00Z.
            Case(label: "maintenance on the fall-back night", from: "2026-10-24T12:00:00Z", hours: 2,
                 windows: [window("sunday", .maintenance, recurring("0 2 * * SUN", hours: 2))], expected: "2026-10-25T00:00:00Z"),
            Case(label: "invalid window in scope gives no slot", from: "2026-07-13T09:00:00Z",
                 windows: [window("broken", .freeze, recurring("0 0 * * *", hours: 1, zone: "UTC+1"))], expected: nil),
        ]

        @Test(arguments: cases)
        func finds(_ testCase: Case) {
            let slot = CalendarEvaluator.nextAllowedSlot(
                environment: testCase.environment, from: utc(testCase.from), duration: testCase.hours * hour,
                windows: testCase.windows, approvals: testCase.approvals, horizon: testCase.horizonDays * day
            )
            #expect(slot.map(iso) == testCase.expected)
            if let slot {
                let verdict = CalendarEvaluator.evaluate(
                    environment: testCase.environment, at: slot, duration: testCase.hours * hour,
                    windows: testCase.windows, approvals: testCase.approvals
                )
                #expect(verdict.decision == .allowed)
            }
        }

        /// Cross-checks the boundary-jumping search against the slow truth: evaluate every minute.
        @Test func agreesWithAMinuteByMinuteScan() {
            let windows = [
                window("nightly", .freeze, recurring("0 1 * * *", hours: 3, zone: "America/New_York")),
                window("lunch", .softFreeze, recurring("30 11 * * MON-FRI", hours: 1.5, zone: "America/New_York")),
                window("ops", .maintenance, recurring("0 */6 * * *", hours: 5, zone: "America/New_York")),
                window("one-off", .freeze, between("2026-03-09T13:10:00Z", "2026-03-09T14:20:00Z")),
            ]
            let approvals = [F.approval("A-1", window: "lunch", from: "2026-03-09T16:00:00Z", until: "2026-03-09T19:00:00Z")]
            let calendar = CompiledCalendar(windows: windows)
            // Across the New York spring-forward night (8 Mar) and the following Monday.
            for start in stride(from: utc("2026-03-07T20:00:00Z").timeIntervalSince1970, to: utc("2026-03-09T20:00:00Z").timeIntervalSince1970, by: 47 * 60) {
                for hours in [0.0, 0.75, 2.5] {
                    let from = Date(timeIntervalSince1970: start)
                    let fast = calendar.nextAllowedSlot(environment: F.production, from: from, duration: hours * hour, approvals: approvals, horizon: 2 * day)
                    var slow: Date?
                    var probe = from
                    while probe <= from.addingTimeInterval(2 * day) {
                        if calendar.evaluate(environment: F.production, at: probe, duration: hours * hour, approvals: approvals).decision == .allowed {
                            slow = probe
                            break
                        }
                        probe = probe.addingTimeInterval(60)
                    }
                    #expect(fast == slow, "from \(iso(from)) for \(hours) h")
                }
            }
        }
    }
}
