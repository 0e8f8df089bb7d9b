import Foundation

/// Which grid the Calendar view draws.
public enum CalendarLayout: String, Sendable, CaseIterable, Equatable {
    /// The next 14 days as a list, grouped by lane.
    case agenda
    /// Seven days by hours, one row per lane.
    case week
    /// A month of days for the selected lane.
    case month

    /// The layout after this one (`t` cycles agenda → week → month).
    public var next: CalendarLayout {
        let all = CalendarLayout.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// What one lane of the calendar stands for.
public enum CalendarLaneKind: String, Sendable, CaseIterable, Equatable {
    /// One lane per environment.
    case environment
    /// One lane per tier, gathering its environments.
    case tier

    /// The other kind (`s` switches).
    public var next: CalendarLaneKind { self == .environment ? .tier : .environment }
}

/// The Calendar view's own state (selection, scroll, sub-mode); lives in `AppState.calendar`.
public struct CalendarState: Sendable, Equatable {
    /// Text typed after `/`: narrows the lanes (environment id, name, tenant or tier).
    public var filter = ""
    /// Agenda, week or month.
    public var layout: CalendarLayout = .agenda
    /// Lanes per environment or per tier.
    public var laneKind: CalendarLaneKind = .environment
    /// The selected lane's id (an environment id or a tier's raw value); nil selects the first.
    public var selectedLaneID: String?
    /// The selected slot's start in the week and month grids; nil means now.
    public var cursor: Date?
    /// The selected row of the agenda (an index into its selectable items).
    public var agendaIndex = 0
    /// First agenda line shown.
    public var agendaScroll = 0
    /// First lane row shown in the week grid.
    public var laneScroll = 0

    public init() {}
}
