import Foundation
import OpsModel

/// A window occurrence as the calendar shows it once, with every environment it applies to.
struct CalendarOccurrence: Sendable, Hashable {
    /// The window and when this occurrence is in force.
    var item: WindowOccurrence
    /// The environments (of those asked about) it applies to, in estate order.
    var environmentIDs: [String]

    /// The window's own zone, when it has one (instants carry none).
    var windowZone: TimeZone? {
        switch item.window.schedule {
        case .instants: return nil
        case let .local(_, _, zone), let .recurring(_, _, zone): return TimeZone(identifier: zone)
        }
    }
}

/// The occurrences and planned releases of a stretch of time, for the calendar screens and reports.
struct CalendarEntries: Sendable {
    /// Occurrences sharing time with `[from, to)`, ordered by start.
    var occurrences: [CalendarOccurrence]
    /// Planned releases starting in `[from, to)`, with the calendar's verdict on each.
    var releases: [PlannedReleaseCheck]

    /// Expands every window applying to `environments` over `[from, to)`; an occurrence shared by
    /// several environments appears once, listing them all. `releases` are every planned release
    /// judged, passed in so callers judge them once, not per lane.
    init(calendar: CompiledCalendar, releases: PlannedReleases, environments: [Environment], from: Date, to: Date) {
        var order: [String] = []
        var byKey: [String: CalendarOccurrence] = [:]
        for environment in environments {
            for item in calendar.occurrences(environment: environment, from: from, to: to) {
                let key = "\(item.window.id)|\(item.start.timeIntervalSince1970)"
                if byKey[key] == nil {
                    byKey[key] = CalendarOccurrence(item: item, environmentIDs: [])
                    order.append(key)
                }
                byKey[key]?.environmentIDs.append(environment.id)
            }
        }
        occurrences = order.compactMap { byKey[$0] }
            .sorted { ($0.item.start, $0.item.window.id) < ($1.item.start, $1.item.window.id) }
        self.releases = releases.starting(for: environments, from: from, to: to)
    }
}

extension PlannedReleaseCheck {
    /// What the calendar says about the release, in two words for lists: `allowed`,
    /// `in freeze`, `needs approval`, `outside window`.
    var flagText: String {
        switch decision {
        case .allowed: return "allowed"
        case .needsApproval: return "needs approval"
        case .blocked:
            guard let verdict else { return "unknown environment" }
            if verdict.blocking.contains(where: { $0.kind == .freeze }) { return "in freeze" }
            if verdict.reasons.contains(where: { $0.rule == "calendar.invalid-window" }) { return "invalid window" }
            return "outside window"
        }
    }

    /// When the release would end.
    var plannedEnd: Date { release.plannedStart.addingTimeInterval(release.duration) }
}
