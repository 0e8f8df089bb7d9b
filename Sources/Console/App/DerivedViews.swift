import Foundation
import OpsModel
import OpsSources

/// The verdicts at one instant and every list the views draw from them, derived together once
/// per load or tick: on the main thread for a small estate, by a task of its own for a large one
/// (at 10,000 environments the overview and the four lists are ~0.3 s that keys would wait for).
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
    let healthList: HealthEnvironmentList
    let backupsList: BackupsList
    let plannedReleases: PlannedReleases

    /// Derives the overview of `estate` at `now`, then the lists.
    public init(estate: Estate, now: Date, settings: Settings) {
        self.init(overview: EstateOverview(estate: estate, now: now), estate: estate, settings: settings)
    }

    /// Derives the lists of an overview of `estate`.
    public init(overview: EstateOverview, estate: Estate, settings: Settings) {
        self.overview = overview
        overallCounts = overview.rows.reduce(into: [:]) { counts, row in counts[row.overall, default: 0] += 1 }
        // The lists are independent of each other: at 10,000 environments building them one after
        // another held the first frame back by 0.2 s.
        let lists = ParallelMap.gather(capacities: [1, 1, 1, 1], parallel: overview.rows.count >= ParallelMap.minimumCount) { (part, emit: (List) -> Void) in
            switch part {
            case 0: emit(.environments(EnvironmentList(overview: overview, state: settings.environments)))
            case 1: emit(.health(HealthEnvironmentList(overview: overview, filter: settings.healthFilter)))
            case 2: emit(.backups(BackupsList(overview: overview, estate: estate, filter: settings.backupsFilter)))
            default: emit(.plannedReleases(PlannedReleases(PlannedReleaseCheck.all(estate: estate, calendar: overview.calendar))))
            }
        }
        // `gather` runs every part, so each list is set below.
        var environmentList: EnvironmentList?
        var healthList: HealthEnvironmentList?
        var backupsList: BackupsList?
        var plannedReleases: PlannedReleases?
        for list in lists {
            switch list {
            case .environments(let list): environmentList = list
            case .health(let list): healthList = list
            case .backups(let list): backupsList = list
            case .plannedReleases(let releases): plannedReleases = releases
            }
        }
        self.environmentList = environmentList!
        self.healthList = healthList!
        self.backupsList = backupsList!
        self.plannedReleases = plannedReleases!
    }

    /// One of the lists, built side by side with the others.
    private enum List {
        case environments(EnvironmentList)
        case health(HealthEnvironmentList)
        case backups(BackupsList)
        case plannedReleases(PlannedReleases)
    }
}
