import Foundation

/// A planned release with the calendar's verdict on its own interval, so agendas can flag a
/// release planned inside a freeze.
public struct PlannedReleaseCheck: Sendable, Hashable {
    /// The release.
    public var release: PlannedRelease
    /// The calendar's verdict on `[plannedStart, plannedStart + duration)`; nil when its
    /// environment is not in the estate.
    public var verdict: CalendarVerdict?

    /// Checks every release of the estate against the calendar.
    public static func all(estate: Estate, calendar: CompiledCalendar) -> [PlannedReleaseCheck] {
        let environments = Dictionary(estate.environments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return estate.releases
            .sorted { ($0.plannedStart, $0.id) < ($1.plannedStart, $1.id) }
            .map { release in
                PlannedReleaseCheck(release: release, verdict: environments[release.environmentID].map {
                    calendar.evaluate(environment: $0, at: release.plannedStart, duration: release.duration, approvals: estate.approvals)
                })
            }
    }

    /// The calendar's decision, `blocked` when the environment is unknown (nothing can vouch for it).
    public var decision: CalendarDecision { verdict?.decision ?? .blocked }

    /// Whether the release is planned where the calendar does not simply allow it.
    public var isFlagged: Bool { decision != .allowed }
}
