import Foundation
import OpsModel
import OpsSources

/// The verdicts at one instant and every list the views draw from them, derived together once
/// per load or tick: on the main thread for a small estate, by a task of its own for a large one
/// (at 10,000 environments the overview and the four lists are ~0.3 s that keys would wait for).
/// The Environments list and the list of the view on screen are made at once; the others when
/// first read, or by `prepare`.
public struct DerivedViews: Sendable {
    /// The view settings the lists are derived with; `Update` narrows or re-sorts them if the
    /// settings changed while the lists were being derived.
    public struct Settings: Sendable, Equatable {
        var environments: EnvironmentsState
        var healthFilter: String
        var backupsFilter: String
        /// The view on screen: its list is made at once, the others when first read.
        var activeView: ViewID

        /// The settings of `state`'s views.
        public init(_ state: AppState) {
            environments = state.environments
            healthFilter = HealthUpdate.listFilter(state.health)
            backupsFilter = state.backups.filter
            activeView = state.activeView
        }

        /// The settings of a new `AppState`'s views, without making one: the first load starts
        /// before the state does (its time zone alone is ~0.5 M instructions). Tests check it
        /// against a new state's.
        public static var atStart: Settings {
            Settings(environments: EnvironmentsState(), healthFilter: HealthUpdate.listFilter(HealthState()),
                     backupsFilter: BackupsState().filter, activeView: .environments)
        }

        private init(environments: EnvironmentsState, healthFilter: String, backupsFilter: String, activeView: ViewID) {
            self.environments = environments
            self.healthFilter = healthFilter
            self.backupsFilter = backupsFilter
            self.activeView = activeView
        }
    }

    public let overview: EstateOverview
    let environmentList: EnvironmentList
    /// The lists of the views not on screen, made when first read or by `prepare`: a frame
    /// shows one view, and at 10,000 environments these held the first frame back by ~40 ms.
    /// The Environments list is always made at once (the selection is repaired in it).
    let healthList: DeferredList<HealthEnvironmentList>
    let backupsList: DeferredList<BackupsList>
    let plannedReleases: Deferred<PlannedReleases>

    /// Derives the overview of `estate` at `now`, then the lists.
    public init(estate: Estate, now: Date, settings: Settings) {
        self.init(overview: EstateOverview(estate: estate, now: now), estate: estate, settings: settings)
    }

    /// Derives the lists of an overview of `estate`.
    public init(overview: EstateOverview, estate: Estate, settings: Settings) {
        self.overview = overview
        environmentList = EnvironmentList(overview: overview, state: settings.environments)
        let health = Deferred { HealthEnvironmentList(overview: overview, filter: settings.healthFilter) }
        let backups = Deferred { BackupsList(overview: overview, estate: estate, filter: settings.backupsFilter) }
        let releases = Deferred { PlannedReleases(PlannedReleaseCheck.all(estate: estate, calendar: overview.calendar)) }
        switch settings.activeView {
        case .health: health.prepare()
        case .backups: backups.prepare()
        case .calendar: releases.prepare()
        case .environments, .runbooks: break
        }
        healthList = DeferredList(health, filter: settings.healthFilter)
        backupsList = DeferredList(backups, filter: settings.backupsFilter)
        plannedReleases = releases
    }

    /// Makes the deferred lists and every list's `/` texts now, side by side, so the keys after
    /// the first frame do not wait for them; the thread that derived a large estate calls it
    /// once the frame's data is sent.
    public func prepare() {
        let parts: [@Sendable () -> Void] = [
            { [environmentList] in environmentList.prepareFilter() },
            { [healthList] in healthList.value.prepareFilter() },
            { [backupsList] in backupsList.value.prepareFilter() },
            { [plannedReleases] in plannedReleases.prepare() },
        ]
        DispatchQueue.concurrentPerform(iterations: parts.count) { parts[$0]() }
    }
}
