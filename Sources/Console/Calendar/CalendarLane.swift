import Foundation
import OpsModel

/// One lane of the calendar: an environment, or a tier with its environments.
struct CalendarLane: Sendable, Equatable {
    /// The environment id or the tier's raw value.
    var id: String
    /// What the lane's label says.
    var title: String
    /// The environments the lane gathers (one for an environment lane).
    var environments: [Environment]

    /// The lanes to show for a state: per environment or per tier, narrowed by the filter.
    static func lanes(_ state: AppState) -> [CalendarLane] {
        let needle = state.calendar.filter.lowercased()
        let environments = state.estate.environments.filter { environment in
            needle.isEmpty || [environment.id, environment.name, environment.tenantID, environment.tier.rawValue, environment.stage.rawValue]
                .contains { $0.lowercased().contains(needle) }
        }
        switch state.calendar.laneKind {
        case .environment:
            return environments.map { CalendarLane(id: $0.id, title: $0.id, environments: [$0]) }
        case .tier:
            return Tier.allCases.compactMap { tier in
                let members = environments.filter { $0.tier == tier }
                return members.isEmpty ? nil : CalendarLane(id: tier.rawValue, title: tier.rawValue, environments: members)
            }
        }
    }

    /// The selected lane (the first when the selection is gone) and its index.
    static func selected(_ state: AppState, in lanes: [CalendarLane]) -> (index: Int, lane: CalendarLane)? {
        guard !lanes.isEmpty else { return nil }
        let index = lanes.firstIndex { $0.id == state.calendar.selectedLaneID } ?? 0
        return (index, lanes[index])
    }
}
