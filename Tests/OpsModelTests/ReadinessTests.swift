import Foundation
import Testing
import OpsModel

/// Hand-built inputs for the readiness suites: one production environment, a freeze and a soft
/// freeze in June 2026, and guardrail data that passes unless a case spoils one part of it.
enum ReadinessSpec {
    static let now = CalendarSpec.utc("2026-06-10T10:00:00Z")
    static let clear = "2026-06-15T10:00:00Z"
    static let inFreeze = "2026-06-20T10:00:00Z"
    static let inSoftFreeze = "2026-06-25T10:00:00Z"

    static let windows = [
        CalendarSpec.window("summer-sale", .freeze, CalendarSpec.between("2026-06-20T00:00:00Z", "2026-06-21T00:00:00Z"), name: "Summer sale"),
        CalendarSpec.window("half-year-close", .softFreeze, CalendarSpec.between("2026-06-25T00:00:00Z", "2026-06-26T00:00:00Z"), name: "Half-year close"),
    ]
    static let calendar = CompiledCalendar(windows: windows)

    static func reason(_ rule: String, _ status: Status, _ message: String = "judged") -> Reason {
        Reason(rule: rule, status: status, message: message)
    }

    /// Backup data that passes both backup guardrails.
    static func backup(
        recoveryPoint: Date? = now.addingTimeInterval(-60), rpo: Status = .ok, archive: Status = .ok,
        restoreTest: Status? = .ok, extra: [Reason] = []
    ) -> BackupVerdict {
        var reasons = [reason("backup.rpo", rpo, "recovery point checked"), reason("backup.archive", archive, "archiving checked")]
        if let restoreTest { reasons.append(reason("backup.restore-test", restoreTest, "restore test checked")) }
        return BackupVerdict(
            recoveryPoint: recoveryPoint, exposure: recoveryPoint.map { now.timeIntervalSince($0) }, rpo: 900,
            reasons: reasons + extra
        )
    }

    static func signal(_ key: String, value: Double, age: TimeInterval = 10) -> Signal {
        Signal(
            key: key, name: key, unit: "s", environmentID: "shop-prod", componentID: "odoo-web",
            thresholds: Thresholds(warn: 5, crit: 10, direction: .above),
            samples: [Sample(time: now.addingTimeInterval(-age), value: value)]
        )
    }

    /// Guardrail inputs for a signal set, judged the way `HealthRollUp` judges them.
    static func inputs(
        tier: Tier = .coreProduction, backup: BackupVerdict = backup(), signals: [Signal] = [signal("web.latency", value: 1)],
        incidents: [Incident] = [], policy: TierPolicy? = nil
    ) -> GuardrailInputs {
        let health = HealthRollUp(signals: signals, now: now)
        let readings = zip(signals, health.verdicts).map { SignalReading(signal: $0, verdict: $1) }
        return GuardrailInputs(
            backup: backup, policy: policy ?? .standard(tier), health: health.environmentStatus("shop-prod"),
            signals: readings, openIncidents: incidents, now: now
        )
    }

    static func incident(_ id: String, severity: Int, resolved: Bool = false) -> Incident {
        Incident(
            id: id, environmentID: "shop-prod", severity: severity, title: "\(id) title",
            openedAt: now.addingTimeInterval(-3600), resolvedAt: resolved ? now.addingTimeInterval(-60) : nil, commander: "Sam"
        )
    }

    static func evaluate(_ inputs: GuardrailInputs, tier: Tier = .coreProduction, at: String, hours: Double = 1.5, calendarOnly: Bool = false) -> ReadinessVerdict {
        let environment = CalendarSpec.environment("shop-prod", tier: tier)
        // As in the estate, the policy is the environment's tier's (unless a case overrides it).
        var inputs = inputs
        if inputs.policy.tier != tier { inputs.policy = .standard(tier) }
        return Readiness.evaluate(
            environment: environment, calendar: calendar, approvals: [], inputs: inputs,
            at: CalendarSpec.utc(at), duration: hours * 3600, calendarOnly: calendarOnly
        )
    }
}

@Suite("Readiness decisions")
struct ReadinessDecisionTests {
    typealias R = ReadinessSpec

    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        var tier: Tier = .coreProduction
        let inputs: GuardrailInputs
        var at: String = R.clear
        var calendarOnly = false
        let decision: ReadinessDecision
        var failing: [Guardrail] = []
        var scope: GuardrailScope = .applied
        var testDescription: String { label }
    }

    static let everythingFails = R.inputs(
        backup: R.backup(recoveryPoint: nil, rpo: .crit, restoreTest: .crit),
        signals: [R.signal("web.latency", value: 50)], incidents: [R.incident("INC-1", severity: 1)]
    )

    static let cases: [Case] = [
        Case(label: "all clear", inputs: R.inputs(), decision: .go),
        // Backup: each way the recovery point can fail the guardrail, alone.
        Case(label: "recovery point past the RPO", inputs: R.inputs(backup: R.backup(rpo: .crit)), decision: .noGo, failing: [.backup]),
        Case(label: "recovery point past 75 % of the RPO", inputs: R.inputs(backup: R.backup(rpo: .warn)), decision: .noGo, failing: [.backup]),
        Case(label: "no recovery point", inputs: R.inputs(backup: R.backup(recoveryPoint: nil, rpo: .crit)), decision: .noGo, failing: [.backup]),
        Case(label: "archiving broken", inputs: R.inputs(backup: R.backup(archive: .crit)), decision: .noGo, failing: [.backup]),
        Case(label: "backup tool status unknown", inputs: R.inputs(backup: R.backup(extra: [R.reason("backup.stanza", .unknown)])), decision: .noGo, failing: [.backup]),
        // Backup warnings that are not about the recovery point belong to other rules.
        Case(label: "not immutable (not a guardrail)", inputs: R.inputs(backup: R.backup(extra: [R.reason("backup.immutability", .warn)])), decision: .go),
        Case(label: "restore slower than the RTO (not a guardrail)", inputs: R.inputs(backup: R.backup(extra: [R.reason("backup.rto", .warn)])), decision: .go),
        // Restore.
        Case(label: "restore test overdue", inputs: R.inputs(backup: R.backup(restoreTest: .warn)), decision: .noGo, failing: [.restore]),
        Case(label: "restore never tested", inputs: R.inputs(backup: R.backup(restoreTest: .crit)), decision: .noGo, failing: [.restore]),
        Case(label: "restore not judged for lack of backup data",
             inputs: R.inputs(backup: BackupVerdict(rpo: 900, reasons: [R.reason("backup.stanza", .unknown)])),
             decision: .noGo, failing: [.backup, .restore]),
        // Health.
        Case(label: "a crit signal", inputs: R.inputs(signals: [R.signal("web.latency", value: 1), R.signal("queue.lag", value: 12)]), decision: .noGo, failing: [.health]),
        Case(label: "a stale signal makes the roll-up unknown", inputs: R.inputs(signals: [R.signal("web.latency", value: 1, age: 3600)]), decision: .noGo, failing: [.health]),
        Case(label: "no signals at all", inputs: R.inputs(signals: []), decision: .noGo, failing: [.health]),
        Case(label: "a warn signal passes", inputs: R.inputs(signals: [R.signal("web.latency", value: 6)]), decision: .go),
        // Incidents.
        Case(label: "open sev 1", inputs: R.inputs(incidents: [R.incident("INC-1", severity: 1)]), decision: .noGo, failing: [.incidents]),
        Case(label: "open sev 2", inputs: R.inputs(incidents: [R.incident("INC-2", severity: 2)]), decision: .noGo, failing: [.incidents]),
        Case(label: "open sev 3 passes", inputs: R.inputs(incidents: [R.incident("INC-3", severity: 3)]), decision: .go),
        Case(label: "resolved sev 1 passes", inputs: R.inputs(incidents: [R.incident("INC-1", severity: 1, resolved: true)]), decision: .go),
        // Calendar, and its precedence against the guardrails.
        Case(label: "inside a freeze", inputs: R.inputs(), at: R.inFreeze, decision: .noGo),
        Case(label: "soft freeze, guardrails pass", inputs: R.inputs(), at: R.inSoftFreeze, decision: .needsApproval),
        Case(label: "soft freeze and a failing guardrail", inputs: R.inputs(incidents: [R.incident("INC-1", severity: 1)]), at: R.inSoftFreeze, decision: .noGo, failing: [.incidents]),
        // Non-production: the calendar alone.
        Case(label: "non-production ignores failing guardrails", tier: .nonProduction, inputs: everythingFails, decision: .go, scope: .notAppliedForTier),
        Case(label: "non-production inside a freeze", tier: .nonProduction, inputs: everythingFails, at: R.inFreeze, decision: .noGo, scope: .notAppliedForTier),
        Case(label: "non-production in a soft freeze", tier: .nonProduction, inputs: everythingFails, at: R.inSoftFreeze, decision: .needsApproval, scope: .notAppliedForTier),
        // Calendar only on request.
        Case(label: "calendar only skips failing guardrails", inputs: everythingFails, calendarOnly: true, decision: .go, scope: .skippedOnRequest),
        Case(label: "calendar only still needs approval", inputs: everythingFails, at: R.inSoftFreeze, calendarOnly: true, decision: .needsApproval, scope: .skippedOnRequest),
        Case(label: "calendar only still blocked by a freeze", inputs: everythingFails, at: R.inFreeze, calendarOnly: true, decision: .noGo, scope: .skippedOnRequest),
        // Everything at once: all four guardrails reported, not just the first.
        Case(label: "every guardrail fails", inputs: everythingFails, decision: .noGo, failing: [.backup, .restore, .health, .incidents]),
    ]

    @Test(arguments: cases)
    func decision(_ test: Case) {
        let verdict = R.evaluate(test.inputs, tier: test.tier, at: test.at, calendarOnly: test.calendarOnly)
        #expect(verdict.decision == test.decision)
        #expect(verdict.failedGuardrails.map(\.guardrail) == test.failing)
        #expect(verdict.guardrailScope == test.scope)
        #expect(verdict.guardrails.count == (test.scope == .applied ? 4 : 0))
        // The JSON carries every reason: the calendar's and each guardrail's.
        #expect(verdict.reasons.count == verdict.calendar.reasons.count + verdict.guardrails.count)
    }

    @Test func tierPolicyOverrideDecidesWhetherGuardrailsApply() {
        var policy = TierPolicy.standard(.regionalProduction)
        policy.appliesGuardrails = false
        let verdict = R.evaluate(R.inputs(tier: .regionalProduction, backup: R.backup(rpo: .crit), policy: policy), tier: .regionalProduction, at: R.clear)
        #expect(verdict.decision == .go)
        #expect(verdict.guardrailScope == .notAppliedForTier)
    }
}

@Suite("Readiness reasons, clock and next slot")
struct ReadinessDetailTests {
    typealias R = ReadinessSpec

    @Test func nextSlotIsTheCalendarsEvenWhenGuardrailsFail() {
        let verdict = R.evaluate(ReadinessDecisionTests.everythingFails, at: R.inFreeze)
        #expect(verdict.nextAllowedSlot.map(CalendarSpec.iso) == "2026-06-21T00:00:00Z")
        #expect(verdict.nextAllowedSlotNote.contains("guardrails are judged on the data as of now"))
    }

    @Test func nextSlotAtTheAskedTimeWhenTheCalendarAllowsIt() {
        let verdict = R.evaluate(R.inputs(), at: R.clear)
        #expect(verdict.nextAllowedSlot.map(CalendarSpec.iso) == R.clear)
    }

    @Test func clockSaysWhichDataTheGuardrailsUsed() {
        let verdict = R.evaluate(R.inputs(), at: R.clear)
        #expect(verdict.clock.guardrailsAsOf == R.now)
        #expect(verdict.clock.calendar.start == CalendarSpec.utc(R.clear))
        #expect(verdict.clock.calendar.duration == 5400)
        #expect(verdict.clock.text.contains("guardrails judged on the data as of 2026-06-10T10:00:00Z, not at the deploy time"))
        #expect(verdict.clock.text.contains("2026-06-15T10:00:00Z to 2026-06-15T11:30:00Z"))
    }

    @Test func reasonsCarryTheirData() {
        let verdict = R.evaluate(
            R.inputs(signals: [R.signal("queue.lag", value: 12)], incidents: [R.incident("INC-7", severity: 2)]),
            at: R.inFreeze
        )
        let byRule = Dictionary(verdict.reasons.map { ($0.rule, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byRule["calendar.freeze"]?.data["windowName"] == "Summer sale")
        #expect(byRule["calendar.freeze"]?.data["occurrenceStart"] == "2026-06-20T00:00:00Z")
        #expect(byRule["readiness.backup"]?.data["recovery_point"] == "2026-06-10T09:59:00Z")
        #expect(byRule["readiness.backup"]?.data["rpo_seconds"] == "900")
        #expect(byRule["readiness.health"]?.data["crit_signals"]?.hasPrefix("queue.lag on odoo-web = 12 s") == true)
        #expect(byRule["readiness.incidents"]?.data["blocking_incidents"] == "INC-7")
        #expect(byRule["readiness.incidents"]?.message.contains("INC-7 sev 2") == true)
        // Worst first: the crit reasons lead, the passing guardrails trail.
        #expect(verdict.reasons.first?.status == .crit)
        #expect(verdict.reasons.last?.status == .ok)
    }

    @Test func decisionTitlesAndStatuses() {
        #expect(ReadinessDecision.allCases.map(\.title) == ["GO", "NEEDS APPROVAL", "NO-GO"])
        #expect(ReadinessDecision.allCases.map(\.status) == [.ok, .warn, .crit])
    }

    @Test func plannedReleasesAreFlaggedInsideAFreeze() {
        let environment = CalendarSpec.environment("shop-prod")
        let releases = [
            PlannedRelease(id: "R-in", environmentID: "shop-prod", version: "1", plannedStart: CalendarSpec.utc(R.inFreeze), duration: 3600, owner: "a", risk: "low", databaseMigration: false, rollbackPlan: ""),
            PlannedRelease(id: "R-ok", environmentID: "shop-prod", version: "2", plannedStart: CalendarSpec.utc(R.clear), duration: 3600, owner: "a", risk: "low", databaseMigration: false, rollbackPlan: ""),
            PlannedRelease(id: "R-gone", environmentID: "elsewhere", version: "3", plannedStart: CalendarSpec.utc(R.clear), duration: 3600, owner: "a", risk: "low", databaseMigration: false, rollbackPlan: ""),
        ]
        let checks = PlannedReleaseCheck.all(estate: Estate(environments: [environment], windows: R.windows, releases: releases), calendar: R.calendar)
        #expect(checks.map(\.release.id) == ["R-gone", "R-ok", "R-in"])
        let flagged = Dictionary(checks.map { ($0.release.id, $0.isFlagged) }, uniquingKeysWith: { first, _ in first })
        #expect(flagged == ["R-in": true, "R-ok": false, "R-gone": true])
    }
}
