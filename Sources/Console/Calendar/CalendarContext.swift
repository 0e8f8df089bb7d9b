import Foundation
import OpsModel

/// Everything the Calendar view and its update derive from the app state, built once per use.
struct CalendarContext {
    let state: AppState
    let lanes: [CalendarLane]
    let selected: (index: Int, lane: CalendarLane)?
    let compiled: CompiledCalendar
    let viewer: ViewerCalendar
    let releases: PlannedReleases

    init(_ state: AppState) {
        self.state = state
        lanes = CalendarLane.lanes(state)
        selected = CalendarLane.selected(state, in: lanes)
        compiled = state.overview?.calendar ?? CompiledCalendar(windows: state.estate.windows)
        viewer = ViewerCalendar(zone: state.viewerZone)
        releases = state.plannedReleases
    }

    /// The selected slot's start in the week and month grids.
    var cursor: Date { state.calendar.cursor ?? state.now }

    /// The occurrences applying to any environment of a lane that meet `[from, to)`, each once.
    func occurrences(_ lane: CalendarLane, from: Date, to: Date) -> [WindowOccurrence] {
        CalendarEntries(calendar: compiled, releases: releases, environments: lane.environments, from: from, to: to)
            .occurrences.map(\.item)
    }

    /// The releases of a lane starting in `[from, to)`.
    func releases(_ lane: CalendarLane, from: Date, to: Date) -> [PlannedReleaseCheck] {
        releases.starting(for: lane.environments, from: from, to: to)
    }
}

/// What the readiness panel judges: a lane at a slot, with what is selected there.
struct CalendarTarget {
    var lane: CalendarLane
    var start: Date
    var duration: TimeInterval
    /// The window occurrence selected (agenda) or under the cursor (grids).
    var occurrences: [WindowOccurrence]
    /// The release selected in the agenda, whose own start and duration are judged.
    var release: PlannedReleaseCheck?
}

/// How the week grid divides the screen; `update` uses it too, so a step is one cell.
struct WeekGeometry {
    /// Columns of the lane labels.
    let labelWidth: Int
    /// Hours one cell stands for.
    let hoursPerCell: Int
    /// Cells per day (a separator column follows each day).
    let cellsPerDay: Int

    init(width: Int) {
        labelWidth = width >= 100 ? 20 : 17
        let dayWidth = max(2, (width - labelWidth) / 7)
        // The finest division of 24 hours that fits with a separator column.
        let fits = [24, 12, 8, 6, 4, 3, 2, 1].first { $0 + 1 <= dayWidth } ?? 1
        cellsPerDay = fits
        hoursPerCell = 24 / fits
    }

    var dayWidth: Int { cellsPerDay + 1 }
}
