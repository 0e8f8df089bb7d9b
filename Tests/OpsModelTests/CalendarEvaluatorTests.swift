import Foundation
import Testing
import OpsModel

extension CalendarSpec {
    @Suite("Calendar verdicts")
    struct CalendarEvaluatorTests {
        typealias F = CalendarFixtures

        struct Case: Sendable, CustomTestStringConvertible {
            let label: String
            var environment: Environment = F.production
            let at: String
            var hours: Double = 1
            let windows: [FreezeWindow]
            var approvals: [Approval] = []
            let decision: CalendarDecision
            /// The rules of the reasons, in order.
            let rules: [String]
            var testDescription: String { label }
        }

        static let all = [F.quarterClose, F.stockCount, F.weeklyMaintenance, F.augustMaintenance, F.augustFreeze]

        static let cases: [Case] = [
            Case(label: "no windows at all", at: "2026-07-11T09:00:00Z", windows: [], decision: .allowed, rules: ["calendar.clear"]),
            Case(label: "nothing in force", at: "2026-07-13T09:00:00Z", windows: all, decision: .allowed, rules: ["calendar.clear"]),
            Case(label: "inside a freeze", at: "2026-07-11T09:00:00Z", windows: all, decision: .blocked, rules: ["calendar.freeze"]),
            // [23:00, 00:00) ends exactly where the freeze starts: half-open, no overlap.
            Case(label: "ending exactly at the freeze start", at: "2026-07-09T23:00:00Z", windows: all, decision: .allowed, rules: ["calendar.clear"]),
            Case(label: "starting exactly at the freeze end", at: "2026-07-12T00:00:00Z", windows: all, decision: .allowed, rules: ["calendar.clear"]),
            // [23:30, 00:30) runs 30 minutes into the freeze.
            Case(label: "running into a freeze", at: "2026-07-09T23:30:00Z", windows: all, decision: .blocked, rules: ["calendar.freeze"]),
            Case(label: "instant deploy at the freeze start", at: "2026-07-10T00:00:00Z", hours: 0, windows: all, decision: .blocked, rules: ["calendar.freeze"]),
            Case(label: "instant deploy at the freeze end", at: "2026-07-12T00:00:00Z", hours: 0, windows: all, decision: .allowed, rules: ["calendar.clear"]),
            Case(label: "out of the freeze's scope", environment: F.development, at: "2026-07-11T09:00:00Z", windows: all, decision: .allowed, rules: ["calendar.clear"]),
            Case(label: "soft freeze without approval", at: "2026-07-20T10:00:00Z", windows: all, decision: .needsApproval, rules: ["calendar.soft-freeze"]),
            Case(label: "soft freeze approved for this window", at: "2026-07-20T10:00:00Z", windows: all,
                 approvals: [F.approval("A-1", from: "2026-07-20T08:00:00Z", until: "2026-07-20T12:00:00Z")],
                 decision: .allowed, rules: ["calendar.approval"]),
            Case(label: "soft freeze approved for any window", at: "2026-07-20T10:00:00Z", windows: all,
                 approvals: [F.approval("A-2", window: nil, from: "2026-07-20T08:00:00Z", until: "2026-07-20T12:00:00Z")],
                 decision: .allowed, rules: ["calendar.approval"]),
            // The approval's end equals the deploy's end (11:00Z): `t + d <= validUntil` holds.
            Case(label: "approval ending exactly with the deploy", at: "2026-07-20T10:00:00Z", windows: all,
                 approvals: [F.approval("A-3", from: "2026-07-20T10:00:00Z", until: "2026-07-20T11:00:00Z")],
                 decision: .allowed, rules: ["calendar.approval"]),
            Case(label: "approval for another environment", at: "2026-07-20T10:00:00Z", windows: all,
                 approvals: [F.approval("A-4", environment: "acme-stage", from: "2026-07-20T08:00:00Z", until: "2026-07-20T12:00:00Z")],
                 decision: .needsApproval, rules: ["calendar.soft-freeze"]),
            Case(label: "approval for another window", at: "2026-07-20T10:00:00Z", windows: all,
                 approvals: [F.approval("A-5", window: "quarter-close", from: "2026-07-20T08:00:00Z", until: "2026-07-20T12:00:00Z")],
                 decision: .needsApproval, rules: ["calendar.soft-freeze"]),
            // Expires 10:30Z, half-way through the deploy [10:00, 11:00).
            Case(label: "approval expiring during the deploy", at: "2026-07-20T10:00:00Z", windows: all,
                 approvals: [F.approval("A-6", from: "2026-07-20T08:00:00Z", until: "2026-07-20T10:30:00Z")],
                 decision: .needsApproval, rules: ["calendar.soft-freeze"]),
            Case(label: "approval expired before the deploy", at: "2026-07-20T10:00:00Z", windows: all,
                 approvals: [F.approval("A-7", from: "2026-07-19T08:00:00Z", until: "2026-07-19T12:00:00Z")],
                 decision: .needsApproval, rules: ["calendar.soft-freeze"]),
            Case(label: "approval not yet valid", at: "2026-07-20T10:00:00Z", windows: all,
                 approvals: [F.approval("A-8", from: "2026-07-20T10:30:00Z", until: "2026-07-20T12:00:00Z")],
                 decision: .needsApproval, rules: ["calendar.soft-freeze"]),
            Case(label: "freeze beats an approved soft freeze",
                 at: "2026-07-11T09:00:00Z",
                 windows: [F.quarterClose, window("soft", .softFreeze, between("2026-07-11T00:00:00Z", "2026-07-12T00:00:00Z"), scope: F.productionOnly)],
                 approvals: [F.approval("A-9", window: nil, from: "2026-07-11T00:00:00Z", until: "2026-07-12T00:00:00Z")],
                 decision: .blocked, rules: ["calendar.freeze", "calendar.approval"]),
            Case(label: "inside the maintenance window", environment: F.august, at: "2026-08-01T08:00:00Z", windows: all,
                 decision: .allowed, rules: ["calendar.maintenance"]),
            // Deny beats allow: the freeze 10:00–12:00Z sits inside the maintenance window.
            Case(label: "freeze inside the maintenance window", environment: F.august, at: "2026-08-01T10:30:00Z", windows: all,
                 decision: .blocked, rules: ["calendar.freeze", "calendar.maintenance"]),
            // [23:30, 00:30) overruns the window's end at 00:00Z.
            Case(label: "straddling the maintenance end", environment: F.august, at: "2026-08-01T23:30:00Z", windows: all,
                 decision: .blocked, rules: ["calendar.maintenance"]),
            Case(label: "ending exactly at the maintenance end", environment: F.august, at: "2026-08-01T23:00:00Z", windows: all,
                 decision: .allowed, rules: ["calendar.maintenance"]),
            Case(label: "starting exactly at the maintenance end", environment: F.august, at: "2026-08-02T00:00:00Z", windows: all,
                 decision: .blocked, rules: ["calendar.maintenance"]),
            Case(label: "outside the weekly maintenance", environment: F.maintained, at: "2026-07-08T10:00:00Z", windows: all,
                 decision: .blocked, rules: ["calendar.maintenance"]),
            // Tuesday 14 Jul 22:00 CEST = 20:00Z; [21:00, 23:00) lies inside [20:00, 00:00).
            Case(label: "inside the weekly maintenance", environment: F.maintained, at: "2026-07-14T21:00:00Z", hours: 2, windows: all,
                 decision: .allowed, rules: ["calendar.maintenance"]),
            // Two back-to-back windows cover [11:00, 13:00) together, but not ONE of them.
            Case(label: "spanning two adjacent maintenance occurrences", at: "2026-08-01T11:00:00Z", hours: 2,
                 windows: [window("m1", .maintenance, between("2026-08-01T00:00:00Z", "2026-08-01T12:00:00Z")),
                           window("m2", .maintenance, between("2026-08-01T12:00:00Z", "2026-08-02T00:00:00Z"))],
                 decision: .blocked, rules: ["calendar.maintenance"]),
            Case(label: "invalid window in scope blocks", at: "2026-07-13T09:00:00Z",
                 windows: [window("broken", .freeze, recurring("0 24 * * *", hours: 1))],
                 decision: .blocked, rules: ["calendar.invalid-window"]),
            Case(label: "invalid window out of scope is ignored", environment: F.development, at: "2026-07-13T09:00:00Z",
                 windows: [window("broken", .freeze, recurring("0 24 * * *", hours: 1), scope: F.productionOnly)],
                 decision: .allowed, rules: ["calendar.clear"]),
        ]

        @Test(arguments: cases)
        func decides(_ testCase: Case) {
            let verdict = CalendarEvaluator.evaluate(
                environment: testCase.environment, at: utc(testCase.at), duration: testCase.hours * hour,
                windows: testCase.windows, approvals: testCase.approvals
            )
            #expect(verdict.decision == testCase.decision)
            #expect(verdict.reasons.map(\.rule) == testCase.rules)
            #expect(verdict.environmentID == testCase.environment.id)
            #expect(verdict.clock.start == utc(testCase.at))
            #expect(verdict.clock.end == utc(testCase.at).addingTimeInterval(testCase.hours * hour))
        }

        @Test func freezeReasonCarriesTheWindowAndItsOccurrence() {
            let verdict = CalendarEvaluator.evaluate(
                environment: F.production, at: utc("2026-07-11T09:00:00Z"), duration: hour, windows: Self.all, approvals: []
            )
            let reason = verdict.reasons[0]
            // 12 Jul 00:00Z reads 02:00 in Berlin (CEST).
            #expect(reason.message == "frozen by \"Quarter close\" until 2026-07-12 02:00 Europe/Berlin (quarter close)")
            #expect(reason.status == .crit)
            #expect(reason.data["windowID"] == "quarter-close")
            #expect(reason.data["windowName"] == "Quarter close")
            #expect(reason.data["occurrenceStart"] == "2026-07-10T00:00:00Z")
            #expect(reason.data["occurrenceEnd"] == "2026-07-12T00:00:00Z")
            #expect(reason.data["reason"] == "quarter close")
            #expect(reason.data["owner"] == "finance-ops")
            #expect(verdict.blocking.map(\.window.id) == ["quarter-close"])
            #expect(verdict.clock.displayZone == "Europe/Berlin")
            #expect(verdict.status == .crit)
        }

        @Test func runningIntoAFreezeSaysWhenItStarts() {
            let verdict = CalendarEvaluator.evaluate(
                environment: F.production, at: utc("2026-07-09T23:30:00Z"), duration: hour, windows: Self.all, approvals: []
            )
            #expect(verdict.reasons.first?.message
                == "deploy would run into freeze \"Quarter close\" from 2026-07-10 02:00 Europe/Berlin until 2026-07-12 02:00 Europe/Berlin (quarter close)")
        }

        @Test func approvalReasonSaysWhoApproved() {
            let approval = F.approval("A-1", from: "2026-07-20T08:00:00Z", until: "2026-07-20T12:00:00Z")
            let verdict = CalendarEvaluator.evaluate(
                environment: F.production, at: utc("2026-07-20T10:00:00Z"), duration: hour, windows: Self.all, approvals: [approval]
            )
            let reason = verdict.reasons[0]
            // 12:00Z reads 14:00 CEST.
            #expect(reason.message == "soft freeze \"Stock count\" approved by Dana Ruiz (approval A-1, valid until 2026-07-20 14:00 Europe/Berlin)")
            #expect(reason.data["approver"] == "Dana Ruiz")
            #expect(reason.data["approvalID"] == "A-1")
            #expect(reason.data["windowID"] == "stock-count")
            #expect(verdict.approvalsUsed == [approval])
            #expect(verdict.blocking.isEmpty)
        }

        @Test func softFreezeReasonAsksForApproval() {
            let verdict = CalendarEvaluator.evaluate(
                environment: F.production, at: utc("2026-07-20T10:00:00Z"), duration: hour, windows: Self.all, approvals: []
            )
            #expect(verdict.reasons.first?.message
                == "soft freeze \"Stock count\" until 2026-07-21 02:00 Europe/Berlin (annual inventory count): needs a recorded approval (owner store-ops)")
            #expect(verdict.reasons.first?.status == .warn)
            #expect(verdict.status == .warn)
        }

        @Test func maintenanceReasonsSayWhereTheWindowIs() {
            func message(_ environment: Environment, _ at: String) -> String? {
                CalendarEvaluator.evaluate(environment: environment, at: utc(at), duration: hour, windows: Self.all, approvals: [])
                    .reasons.last?.message
            }
            // Next Tuesday 22:00 CEST after Wednesday 8 Jul is 14 Jul.
            #expect(message(F.maintained, "2026-07-08T10:00:00Z") == "outside maintenance window: next \"Tuesday night\" opens 2026-07-14 22:00 Europe/Berlin")
            // The August window ends 2 Aug 00:00Z = 02:00 CEST.
            #expect(message(F.august, "2026-08-01T23:30:00Z") == "outside maintenance window: deploy would overrun \"August window\", which ends 2026-08-02 02:00 Europe/Berlin")
            // 90 days on from 3 Aug 10:00Z is 1 Nov 10:00Z, 11:00 CET (Berlin fell back on 25 Oct).
            #expect(message(F.august, "2026-08-03T10:00:00Z") == "outside maintenance window: none opens before 2026-11-01 11:00 Europe/Berlin")
            #expect(message(F.august, "2026-08-01T08:00:00Z") == "inside maintenance window \"August window\" until 2026-08-02 02:00 Europe/Berlin")
        }

        @Test func maintenanceAcrossSpringForward() {
            // Sundays 02:00 Berlin for 2 h elapsed. On 29 Mar 02:00 is in the gap, so the window runs
            // 01:00Z (03:00 CEST) – 03:00Z (05:00 CEST).
            let sunday = window("sunday", .maintenance, recurring("0 2 * * SUN", hours: 2))
            func decision(_ at: String) -> CalendarDecision {
                CalendarEvaluator.evaluate(environment: F.production, at: utc(at), duration: 2 * hour, windows: [sunday], approvals: []).decision
            }
            #expect(decision("2026-03-29T01:00:00Z") == .allowed)
            #expect(decision("2026-03-29T00:30:00Z") == .blocked)
            #expect(decision("2026-03-29T01:30:00Z") == .blocked)
        }

        @Test func verdictEncodesForJSONOutput() throws {
            let verdict = CalendarEvaluator.evaluate(
                environment: F.production, at: utc("2026-07-20T10:00:00Z"), duration: hour, windows: Self.all, approvals: []
            )
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            let json = String(decoding: try encoder.encode(verdict), as: UTF8.self)
            #expect(json.contains("\"decision\":\"needs-approval\""))
            #expect(json.contains("\"rule\":\"calendar.soft-freeze\""))
            #expect(try iso8601Decoder.decode(CalendarVerdict.self, from: encoder.encode(verdict)) == verdict)
        }
    }
}

extension CalendarSpec {
    static var iso8601Decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
