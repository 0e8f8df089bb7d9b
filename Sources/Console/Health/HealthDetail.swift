import Foundation
import OpsModel
import TerminalUI

/// The detail of one environment as lines, built the same way for drawing and for scroll limits.
struct HealthDetail {
    let health: EnvironmentHealth
    let header: [StyledLine]
    let body: [StyledLine]

    /// The detail for `environmentID` at `width` columns, remembered until its inputs change:
    /// building it judged and laid out every signal of the environment, on every frame and key.
    static func make(state: AppState, environmentID: String, width: Int) -> HealthDetail? {
        let key = HealthDetailMemo.Key(
            environmentID: environmentID, width: width, dataGeneration: state.dataGeneration,
            filter: state.health.detailID == nil ? "" : state.health.filter, glyphs: state.glyphs,
            zone: state.viewerZone.identifier
        )
        return state.healthDetailMemo.value(for: key) { HealthDetail(state: state, environmentID: environmentID, width: width) }
    }

    /// The detail for `environmentID` at `width` columns, or nil when it is not in the estate.
    private init?(state: AppState, environmentID: String, width: Int) {
        guard let overview = state.overview, let environment = state.estate.environment(id: environmentID) else { return nil }
        let health = EnvironmentHealth(environment: environment, estate: state.estate, overview: overview)
        self.health = health
        // One column stays free for the scrollbar, so lines do not change width when it appears.
        let usable = max(20, width - 1)
        let signalFilter = state.health.detailID == nil ? "" : state.health.filter
        header = HealthDetailHeader.lines(health, glyphs: state.glyphs, zone: state.viewerZone)
        // The identities of this environment's changed signals: a few dozen at most.
        let changed = Set(overview.health.signalIndices(environmentID: environmentID).filter(state.changedSignals.contains).compactMap { position in
            position < state.estate.signals.count ? state.estate.signals[position].identity : nil
        })
        body = HealthDetailBody.lines(health, filter: signalFilter, width: usable, glyphs: state.glyphs, zone: state.viewerZone, changed: changed)
    }

    /// The environment the detail pane shows: the drilled-in one, else (split layout) the selection.
    static func shownEnvironmentID(_ state: AppState, list: HealthEnvironmentList) -> String? {
        if let detailID = state.health.detailID { return detailID }
        guard HealthLayout.isSplit(state.size), let index = list.index(of: state.health.selectedID) else { return nil }
        return list.id(at: index)
    }

    /// The furthest the body can scroll at the current size.
    static func maxScroll(_ state: AppState) -> Int {
        guard let id = state.health.detailID else { return 0 }
        let rect = HealthLayout.detailRect(for: state.size, drilledIn: true)
        let lines = HealthDetail.make(state: state, environmentID: id, width: rect.width)?.body.count ?? 0
        return max(0, lines - HealthLayout.detailBodyRows(for: state.size))
    }
}
