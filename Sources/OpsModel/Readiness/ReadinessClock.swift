import Foundation

/// The two clocks a readiness verdict uses, said out loud: the calendar is judged at the
/// deploy's time, the guardrails on the data as of now.
public struct ReadinessClock: Sendable, Hashable, Codable {
    /// The deploy interval the calendar was judged for, and the zone it is shown in.
    public var calendar: CalendarClock
    /// The instant the guardrail data was judged at (the console's or the CLI's clock).
    public var guardrailsAsOf: Date
    /// How far the next-slot search looked, seconds.
    public var horizon: TimeInterval
    /// The clocks in one sentence, for the screen and logs.
    public var text: String

    /// A clock for a deploy judged at `calendar` with guardrails as of `now`.
    public init(calendar: CalendarClock, guardrailsAsOf now: Date, horizon: TimeInterval, scope: GuardrailScope) {
        self.calendar = calendar
        self.guardrailsAsOf = now
        self.horizon = horizon
        let deploy = "calendar judged for the deploy \(BackupWording.iso(calendar.start)) to \(BackupWording.iso(calendar.end)) "
            + "(\(BackupWording.duration(calendar.duration)))"
        switch scope {
        case .applied:
            text = deploy + "; guardrails judged on the data as of \(BackupWording.iso(now)), not at the deploy time"
        case .notAppliedForTier:
            text = deploy + "; guardrails do not apply to this tier (calendar only)"
        case .skippedOnRequest:
            text = deploy + "; guardrails skipped on request (calendar only)"
        }
    }
}
