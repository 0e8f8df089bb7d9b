import Foundation
import OpsModel

/// The agenda: the next 14 days from the clock, grouped by lane, windows and releases in start order.
struct CalendarAgenda {
    /// One line of the agenda.
    enum Line {
        case lane(CalendarLane)
        case occurrence(CalendarLane, CalendarOccurrence)
        case release(CalendarLane, PlannedReleaseCheck)
        case empty(CalendarLane)

        var isSelectable: Bool {
            switch self {
            case .occurrence, .release: return true
            case .lane, .empty: return false
            }
        }

        var start: Date? {
            switch self {
            case .occurrence(_, let entry): return entry.item.start
            case .release(_, let check): return check.release.plannedStart
            case .lane, .empty: return nil
            }
        }
    }

    /// How far ahead the agenda looks.
    static let span: TimeInterval = 14 * 86_400

    let lines: [Line]
    /// Indices into `lines` of the selectable ones.
    let selectable: [Int]

    init(_ context: CalendarContext) {
        let now = context.state.now
        let end = now.addingTimeInterval(CalendarAgenda.span)
        var lines: [Line] = []
        for lane in context.lanes {
            lines.append(.lane(lane))
            let entries = CalendarEntries(calendar: context.compiled, releases: context.releases, environments: lane.environments, from: now, to: end)
            var items: [Line] = entries.occurrences.map { .occurrence(lane, $0) } + entries.releases.map { .release(lane, $0) }
            items.sort { ($0.start ?? now) < ($1.start ?? now) }
            lines += items.isEmpty ? [.empty(lane)] : items
        }
        self.lines = lines
        selectable = lines.indices.filter { lines[$0].isSelectable }
    }

    /// The line index of the selected item (clamped), if any item exists.
    func selectedLine(_ state: CalendarState) -> Int? {
        guard !selectable.isEmpty else { return nil }
        return selectable[min(max(0, state.agendaIndex), selectable.count - 1)]
    }

    /// What the readiness panel judges for the selected item.
    func target(_ state: CalendarState, now: Date) -> CalendarTarget? {
        guard let line = selectedLine(state) else { return nil }
        switch lines[line] {
        case .occurrence(let lane, let entry):
            // At the window's start, or now for one already in force: the panel then shows what
            // it blocks and the next slot past it.
            return CalendarTarget(lane: lane, start: max(entry.item.start, now), duration: Readiness.defaultDuration, occurrences: [entry.item], release: nil)
        case .release(let lane, let check):
            return CalendarTarget(lane: lane, start: check.release.plannedStart, duration: check.release.duration, occurrences: [], release: check)
        case .lane, .empty:
            return nil
        }
    }
}
