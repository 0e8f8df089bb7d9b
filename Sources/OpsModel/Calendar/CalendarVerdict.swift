import Foundation

/// The clock a calendar verdict used, so screens and `--json` can say which one.
public struct CalendarClock: Sendable, Hashable, Codable {
    /// The deploy's first instant.
    public var start: Date
    /// The deploy's end, exclusive (equal to `start` for an instantaneous deploy).
    public var end: Date
    /// The deploy's duration in seconds.
    public var duration: TimeInterval
    /// The IANA zone times are shown in: the environment's, or UTC when it has none usable.
    public var displayZone: String
    /// How times were compared, in words.
    public var basis: String

    /// A clock for a deploy interval shown in a zone.
    public init(start: Date, duration: TimeInterval, displayZone: String) {
        self.start = start
        self.end = start.addingTimeInterval(duration)
        self.duration = duration
        self.displayZone = displayZone
        self.basis = "instants compared in UTC; window starts read on each window's own zone clock"
    }
}

/// The calendar's verdict on deploying an environment over `[start, start + duration)`.
public struct CalendarVerdict: Sendable, Hashable, Codable {
    /// The environment judged.
    public var environmentID: String
    /// Allowed, needs approval, or blocked.
    public var decision: CalendarDecision
    /// Every reason behind the decision, the deciding ones first.
    public var reasons: [Reason]
    /// The freeze and unapproved soft-freeze occurrences that stand in the way.
    public var blocking: [WindowOccurrence]
    /// Approvals that cleared soft freezes for this deploy.
    public var approvalsUsed: [Approval]
    /// The maintenance occurrence the deploy fits in, when one applies and it fits.
    public var maintenance: WindowOccurrence?
    /// The interval judged and the zone it is shown in.
    public var clock: CalendarClock

    /// A verdict from its parts.
    public init(
        environmentID: String, decision: CalendarDecision, reasons: [Reason], blocking: [WindowOccurrence],
        approvalsUsed: [Approval], maintenance: WindowOccurrence?, clock: CalendarClock
    ) {
        self.environmentID = environmentID
        self.decision = decision
        self.reasons = reasons
        self.blocking = blocking
        self.approvalsUsed = approvalsUsed
        self.maintenance = maintenance
        self.clock = clock
    }

    /// The status the verdict shows as (see `CalendarDecision.status`).
    public var status: Status { decision.status }
}
