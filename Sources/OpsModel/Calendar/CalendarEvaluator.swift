import Foundation

/// Calendar verdicts straight from windows, for one-off questions. For many environments or
/// repeated queries, build a `CompiledCalendar` once and ask it instead.
public enum CalendarEvaluator {
    /// How far the next-slot search looks by default: 90 days.
    public static let defaultHorizon: TimeInterval = CompiledCalendar.defaultHorizon

    /// The verdict for deploying an environment over `[at, at + duration)`; see `CompiledCalendar.evaluate`.
    public static func evaluate(
        environment: Environment, at start: Date, duration: TimeInterval, windows: [FreezeWindow], approvals: [Approval]
    ) -> CalendarVerdict {
        CompiledCalendar(windows: windows).evaluate(environment: environment, at: start, duration: duration, approvals: approvals)
    }

    /// The earliest allowed deploy start at or after `from`, within the horizon; see `CompiledCalendar.nextAllowedSlot`.
    public static func nextAllowedSlot(
        environment: Environment, from: Date, duration: TimeInterval, windows: [FreezeWindow], approvals: [Approval],
        horizon: TimeInterval = defaultHorizon
    ) -> Date? {
        CompiledCalendar(windows: windows).nextAllowedSlot(
            environment: environment, from: from, duration: duration, approvals: approvals, horizon: horizon
        )
    }

    /// The occurrences in force for an environment at an instant (freeze state now).
    public static func activeOccurrences(environment: Environment, at instant: Date, windows: [FreezeWindow]) -> [WindowOccurrence] {
        CompiledCalendar(windows: windows).activeOccurrences(environment: environment, at: instant)
    }

    /// Occurrences of all windows applying to an environment that share time with `[from, to)`.
    public static func occurrences(environment: Environment, from: Date, to: Date, windows: [FreezeWindow]) -> [WindowOccurrence] {
        CompiledCalendar(windows: windows).occurrences(environment: environment, from: from, to: to)
    }
}
