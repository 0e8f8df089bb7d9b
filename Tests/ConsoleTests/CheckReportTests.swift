import Console
import Foundation
import OpsModel
import OpsSources
import Testing

/// `opsdeck check` driven through its pure core on the demo estate at Black Friday.
@Suite("opsdeck check")
struct CheckReportTests {
    static let snapshot = DemoState.snapshot()
    static let now = DemoState.blackFriday

    static func run(_ arguments: CheckReport.Arguments, snapshot: SourceSnapshot = snapshot) -> CheckReport.Outcome {
        CheckReport.run(arguments, snapshot: snapshot, now: now, clockIsFixed: true)
    }

    static func json(_ outcome: CheckReport.Outcome) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
    }

    struct ExitCase: Sendable, CustomTestStringConvertible {
        let label: String
        let arguments: CheckReport.Arguments
        let exitCode: Int32
        var testDescription: String { label }
    }

    static let exitCases: [ExitCase] = [
        ExitCase(label: "production frozen on Black Friday: no-go", arguments: .init(environmentID: "prod-de-nordkauf"), exitCode: 1),
        ExitCase(label: "development is open: go", arguments: .init(environmentID: "dev-eu-core"), exitCode: 0),
        // Guardrails pass and the freeze is over, the month-end close is not: needs approval.
        ExitCase(label: "healthy core production at month-end: needs approval",
                 arguments: .init(environmentID: "prod-eu-core", at: "2027-01-29T10:00:00Z"), exitCode: 2),
        ExitCase(label: "healthy core production after the freeze: go",
                 arguments: .init(environmentID: "prod-eu-core", at: "2027-01-04T08:00:00Z"), exitCode: 0),
        // The calendar alone would allow it; the sev 1 incident and crit signals stop it.
        ExitCase(label: "guardrails stop an otherwise open slot",
                 arguments: .init(environmentID: "prod-de-nordkauf", at: "2027-01-04T08:00:00Z"), exitCode: 1),
        ExitCase(label: "calendar only lets that slot through",
                 arguments: .init(environmentID: "prod-de-nordkauf", at: "2027-01-04T08:00:00Z", calendarOnly: true), exitCode: 0),
        ExitCase(label: "no --env", arguments: .init(environmentID: nil), exitCode: 3),
        ExitCase(label: "unknown environment", arguments: .init(environmentID: "prod-xx"), exitCode: 3),
        ExitCase(label: "bad --at", arguments: .init(environmentID: "dev-eu-core", at: "tomorrow"), exitCode: 3),
        ExitCase(label: "--at without a zone", arguments: .init(environmentID: "dev-eu-core", at: "2026-12-01T10:00:00"), exitCode: 3),
        ExitCase(label: "bad --duration", arguments: .init(environmentID: "dev-eu-core", duration: "ninety"), exitCode: 3),
        ExitCase(label: "unrecognised argument", arguments: .init(environmentID: "dev-eu-core", unrecognized: ["--bogus"]), exitCode: 3),
    ]

    @Test(arguments: exitCases)
    func exitCode(_ test: ExitCase) {
        let outcome = Self.run(test.arguments)
        #expect(outcome.exitCode == test.exitCode, "\(outcome.output)")
        #expect(outcome.isError == (test.exitCode == 3))
    }

    @Test func jsonCarriesDecisionReasonsClockAndNextSlot() throws {
        let outcome = Self.run(.init(environmentID: "prod-de-nordkauf", json: true))
        let document = try Self.json(outcome)
        #expect(document["decision"] as? String == "no-go")
        #expect(document["exitCode"] as? Int == 1)
        #expect(document["environment"] as? String == "prod-de-nordkauf")
        #expect(document["nextAllowedSlot"] as? String == "2027-01-01T17:00:00Z")
        let clock = try #require(document["clock"] as? [String: Any])
        #expect(clock["now"] as? String == "2026-11-27T09:00:00Z")
        #expect(clock["nowSource"] as? String == "fixed (--now)")
        #expect(clock["guardrailsEvaluatedAt"] as? String == "2026-11-27T09:00:00Z")
        #expect(clock["durationSeconds"] as? Int == 5400)
        #expect((clock["text"] as? String)?.contains("guardrails judged on the data as of") == true)
        let reasons = try #require(document["reasons"] as? [[String: Any]])
        let rules = reasons.compactMap { $0["rule"] as? String }
        #expect(Set(rules).isSuperset(of: ["calendar.freeze", "readiness.backup", "readiness.restore", "readiness.health", "readiness.incidents"]))
        let guardrails = try #require(document["guardrails"] as? [[String: Any]])
        #expect(guardrails.map { $0["guardrail"] as? String } == ["backup", "restore", "health", "incidents"])
        #expect(guardrails.map { $0["passed"] as? Bool } == [true, true, false, false])
        let freeze = try #require(reasons.first { $0["rule"] as? String == "calendar.freeze" })
        let data = try #require(freeze["data"] as? [String: String])
        #expect(data["windowID"] == "peak-season-eu")
        #expect(data["occurrenceStart"] == "2026-11-19T23:00:00Z")
    }

    @Test func jsonSaysNullWhenNoSlotWithinTheHorizon() throws {
        // A window applying everywhere for a year leaves nothing within 90 days.
        var snapshot = Self.snapshot
        snapshot.estate.windows.append(FreezeWindow(
            id: "year", name: "Year", kind: .freeze, scope: Scope(all: true), reason: "r", owner: "o",
            schedule: .instants(start: Self.now.addingTimeInterval(-3600), end: Self.now.addingTimeInterval(365 * 86_400))
        ))
        let outcome = Self.run(.init(environmentID: "dev-eu-core", json: true), snapshot: snapshot)
        #expect(outcome.exitCode == 1)
        #expect(outcome.output.contains("\"nextAllowedSlot\" : null"))
    }

    @Test func badInputAsJSONIsParseable() throws {
        let outcome = Self.run(.init(environmentID: "prod-xx", json: true))
        let document = try Self.json(outcome)
        #expect((document["error"] as? String)?.contains("no environment \"prod-xx\"") == true)
        #expect(outcome.exitCode == 3)
    }

    @Test func fixtureErrorsAreBadData() {
        var snapshot = Self.snapshot
        snapshot.issues.append(FixtureIssue(path: "40-calendar.yaml", line: 7, field: "cron", message: "hour 24", severity: .error))
        let outcome = Self.run(.init(environmentID: "dev-eu-core"), snapshot: snapshot)
        #expect(outcome.exitCode == 3)
        #expect(outcome.output.contains("40-calendar.yaml:7"))
    }

    @Test func textNamesTheClocksAndEveryGuardrail() {
        let outcome = Self.run(.init(environmentID: "prod-de-nordkauf"))
        let text = outcome.output
        #expect(text.hasPrefix("prod-de-nordkauf: NO-GO\n"))
        #expect(text.contains("deploy  2026-11-27 10:00 Europe/Berlin for 1h30m"))
        #expect(text.contains("guardrails (data as of 2026-11-27 09:00 UTC):"))
        #expect(text.contains("CRIT    incidents: INC-2419 sev 1"))
        #expect(text.contains("ok      backup: recovery point"))
        #expect(text.contains("next allowed slot: 2027-01-01 18:00 Europe/Berlin (2027-01-01 17:00 UTC)"))
    }

    @Test func nonProductionSaysTheGuardrailsDoNotApply() {
        let outcome = Self.run(.init(environmentID: "staging-us-harbour"))
        #expect(outcome.exitCode == 0)
        #expect(outcome.output.contains("guardrails: not applied (non-production tier: calendar only)"))
    }
}
