import Foundation
import OpsModel
import OpsSources

/// The verdicts at one instant and every list the views draw from them, derived together once
/// per load or tick: on the main thread for a small estate, by a task of its own for a large one
/// (at 10,000 environments the overview and the four lists are ~0.3 s that keys would wait for).
/// The Environments list is made at once; the others when first read, or by `prepare`.
public struct DerivedViews: Sendable {
    /// The view settings the lists are derived with; `Update` narrows or re-sorts them if the
    /// settings changed while the lists were being derived.
    public struct Settings: Sendable {
        var environments: EnvironmentsState
        var healthFilter: String
        var backupsFilter: String

        /// The settings of `state`'s views.
        public init(_ state: AppState) {
            environments = state.environments
            healthFilter = HealthUpdate.listFilter(state.health)
            backupsFilter = state.backups.filter
        }
    }

    public let overview: EstateOverview
    let overallCounts: [Status: Int]
    let environmentList: EnvironmentList
    /// The other views' lists, made when first read or by `prepare`: the first frame shows the
    /// Environments view, and at 10,000 environments these held it back by ~40 ms.
    let healthList: Deferred<HealthEnvironmentList>
    let backupsList: Deferred<BackupsList>
    let plannedReleases: Deferred<PlannedReleases>

    /// Derives the overview of `estate` at `now`, then the lists.
    public init(estate: Estate, now: Date, settings: Settings) {
        self.init(overview: EstateOverview(estate: estate, now: now), estate: estate, settings: settings)
    }

    /// Derives the lists of an overview of `estate`.
    public init(overview: EstateOverview, estate: Estate, settings: Settings) {
        self.overview = overview
        overallCounts = overview.rows.reduce(into: [:]) { counts, row in counts[row.overall, default: 0] += 1 }
        environmentList = EnvironmentList(overview: overview, state: settings.environments)
        healthList = Deferred { HealthEnvironmentList(overview: overview, filter: settings.healthFilter) }
        backupsList = Deferred { BackupsList(overview: overview, estate: estate, filter: settings.backupsFilter) }
        plannedReleases = Deferred { PlannedReleases(PlannedReleaseCheck.all(estate: estate, calendar: overview.calendar)) }
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
