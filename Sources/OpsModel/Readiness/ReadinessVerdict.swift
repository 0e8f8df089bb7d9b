import Foundation

/// May this environment be deployed at that time, and if not, why and when next.
public struct ReadinessVerdict: Sendable, Hashable, Codable {
    /// The environment judged.
    public var environmentID: String
    /// GO, NEEDS APPROVAL or NO-GO.
    public var decision: ReadinessDecision
    /// The calendar's verdict on the deploy interval.
    public var calendar: CalendarVerdict
    /// Whether the guardrails were judged.
    public var guardrailScope: GuardrailScope
    /// The guardrails judged, in the order backup, restore, health, incidents (empty when not applied).
    public var guardrails: [GuardrailCheck]
    /// Every reason, calendar and guardrails, worst first.
    public var reasons: [Reason]
    /// The earliest start at or after the asked time that the calendar allows, within the horizon.
    public var nextAllowedSlot: Date?
    /// What the next slot does and does not promise, in words.
    public var nextAllowedSlotNote: String
    /// Which clocks were used.
    public var clock: ReadinessClock

    /// A verdict from its parts.
    public init(
        environmentID: String, decision: ReadinessDecision, calendar: CalendarVerdict, guardrailScope: GuardrailScope,
        guardrails: [GuardrailCheck], reasons: [Reason], nextAllowedSlot: Date?, nextAllowedSlotNote: String, clock: ReadinessClock
    ) {
        self.environmentID = environmentID
        self.decision = decision
        self.calendar = calendar
        self.guardrailScope = guardrailScope
        self.guardrails = guardrails
        self.reasons = reasons
        self.nextAllowedSlot = nextAllowedSlot
        self.nextAllowedSlotNote = nextAllowedSlotNote
        self.clock = clock
    }

    /// The guardrails that failed.
    public var failedGuardrails: [GuardrailCheck] { guardrails.filter { !$0.passed } }
}
