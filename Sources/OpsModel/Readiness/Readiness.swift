import Foundation

/// Judges release readiness per semantics.md "Freeze windows and release readiness":
/// the calendar verdict plus, on tiers that apply them, the backup, restore, health and
/// incident guardrails.
public enum Readiness {
    /// The default deploy duration the console assumes: 90 minutes.
    public static let defaultDuration: TimeInterval = 90 * 60

    /// The verdict for deploying `environment` over `[at, at + duration)`.
    ///
    /// The calendar is judged at `at`; the guardrails on `inputs`, which hold the data as of
    /// `inputs.now`. Any failing guardrail or a blocked calendar is NO-GO; else a calendar that
    /// needs approval is NEEDS APPROVAL; else GO. The next allowed slot is the calendar's: the
    /// guardrails describe now and are not projected into the future.
    public static func evaluate(
        environment: Environment, calendar: CompiledCalendar, approvals: [Approval], inputs: GuardrailInputs,
        at start: Date, duration: TimeInterval, calendarOnly: Bool = false,
        horizon: TimeInterval = CompiledCalendar.defaultHorizon
    ) -> ReadinessVerdict {
        let calendarVerdict = calendar.evaluate(environment: environment, at: start, duration: duration, approvals: approvals)
        let scope: GuardrailScope = calendarOnly ? .skippedOnRequest : (inputs.policy.appliesGuardrails ? .applied : .notAppliedForTier)
        let guardrails = scope == .applied ? checks(inputs) : []

        let decision: ReadinessDecision
        if calendarVerdict.decision == .blocked || guardrails.contains(where: { !$0.passed }) {
            decision = .noGo
        } else if calendarVerdict.decision == .needsApproval {
            decision = .needsApproval
        } else {
            decision = .go
        }

        let next = calendar.nextAllowedSlot(
            environment: environment, from: start, duration: duration, approvals: approvals, horizon: horizon
        )
        let horizonText = BackupWording.duration(horizon)
        var note = next == nil
            ? "the calendar allows no start within \(horizonText) of the asked time"
            : "earliest start the calendar allows within \(horizonText) of the asked time"
        if scope == .applied {
            note += "; guardrails are judged on the data as of now and must pass again at deploy time"
        }

        return ReadinessVerdict(
            environmentID: environment.id, decision: decision, calendar: calendarVerdict, guardrailScope: scope,
            guardrails: guardrails, reasons: worstFirst(calendarVerdict.reasons + guardrails.map(\.reason)),
            nextAllowedSlot: next, nextAllowedSlotNote: note,
            clock: ReadinessClock(calendar: calendarVerdict.clock, guardrailsAsOf: inputs.now, horizon: horizon, scope: scope)
        )
    }

    /// The verdict for an environment of the estate, with guardrail data from the overview
    /// (its `now` is the guardrails' clock); nil when the environment is not in the overview.
    public static func evaluate(
        environmentID: String, estate: Estate, overview: EstateOverview, calendar: CompiledCalendar,
        at start: Date, duration: TimeInterval, calendarOnly: Bool = false,
        horizon: TimeInterval = CompiledCalendar.defaultHorizon
    ) -> ReadinessVerdict? {
        guard let row = overview.row(environmentID) else { return nil }
        return evaluate(
            environment: row.environment, calendar: calendar, approvals: estate.approvals,
            inputs: GuardrailInputs(row: row, overview: overview, estate: estate),
            at: start, duration: duration, calendarOnly: calendarOnly, horizon: horizon
        )
    }

    /// The four guardrails in their fixed order.
    static func checks(_ inputs: GuardrailInputs) -> [GuardrailCheck] {
        [BackupGuardrail.check(inputs), RestoreGuardrail.check(inputs), HealthGuardrail.check(inputs), IncidentGuardrail.check(inputs)]
    }

    /// Stable sort, worst status first.
    static func worstFirst(_ reasons: [Reason]) -> [Reason] {
        reasons.enumerated()
            .sorted { ($0.element.status.severity, $1.offset) > ($1.element.status.severity, $0.offset) }
            .map(\.element)
    }
}
