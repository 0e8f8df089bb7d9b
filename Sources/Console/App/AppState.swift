import Foundation
import OpsModel
import OpsSources
import TerminalUI

/// Everything the console shows is a function of this value.
public struct AppState: Sendable {
    /// The last snapshot from the source; nil until the first load finishes.
    public var snapshot: SourceSnapshot? {
        didSet {
            dataGeneration = DataGeneration.next()
            snapshotGeneration = dataGeneration
        }
    }
    /// Names the snapshot: verdicts derived off the main thread are used only for the snapshot
    /// they were derived from.
    public private(set) var snapshotGeneration = 0
    /// Verdicts derived from the snapshot at `now`; recomputed on load and tick, never per key.
    public var overview: EstateOverview? {
        didSet { dataGeneration = DataGeneration.next() }
    }
    /// Names the data on screen, new with every snapshot or overview, unique in the process
    /// (`DataGeneration`): what derived views are remembered against (a reload at a fixed
    /// `--now` brings new data at the same instant).
    public private(set) var dataGeneration = 0
    /// The last Health detail built, reused while nothing it is made of changes.
    var healthDetailMemo = HealthDetailMemo()
    /// The Health list's derived lines, reused while the data is the same.
    var healthEntryMemo = HealthEntryMemo()
    /// How many environments have each overall status (the breadcrumb row), as the overview counted them.
    public var overallCounts: [Status: Int] { overview?.overallCounts ?? [:] }
    /// Every planned release with the calendar's verdict, judged with the overview: the Calendar
    /// view judged them all again for each of its lanes in every frame.
    var plannedReleases: PlannedReleases { deferredPlannedReleases.value }
    /// Made when first read (see `DerivedViews`).
    var deferredPlannedReleases = Deferred(PlannedReleases())
    public var now: Date
    /// A fixed `--now`: the clock never ticks and the screen holds still.
    public var clockIsFixed: Bool
    /// The zone times are shown in (always named on screen).
    public var viewerZone: TimeZone
    public var activeView: ViewID = .environments
    public var mode: InputMode = .normal
    public var environments = EnvironmentsState()
    /// The Environments view's rows for the overview and its filter, sort and grouping: derived,
    /// kept current by `Update` so frames and keys do not sort the estate again.
    public internal(set) var environmentList = EnvironmentList(overview: nil, state: EnvironmentsState())
    public var health = HealthState()
    /// The Health view's environments for the overview and its list filter: derived, kept current by `Update`.
    var healthList: HealthEnvironmentList { deferredHealthList.value }
    /// The Health list, made when first read (see `DerivedViews`).
    var deferredHealthList = DeferredList(made: HealthEnvironmentList(overview: nil, filter: ""), filter: "")
    public var calendar = CalendarState()
    public var runbooks = RunbooksState()
    public var backups = BackupsState()
    /// The Backups view's environments for the overview and its filter: derived, kept current by `Update`.
    public var backupsList: BackupsList { deferredBackupsList.value }
    /// The Backups list, made when first read (see `DerivedViews`).
    var deferredBackupsList = DeferredList(made: BackupsList(overview: nil, estate: Estate(), filter: ""), filter: "")
    public var readOnly: Bool
    public var themeName: String
    /// A one-line notice in the status bar (an unknown command, a theme switched).
    public var notice: String?
    public var size: Size
    public var glyphs: GlyphSet
    public var isLoading = false
    public var helpScroll = 0
    /// Signals (by position in the snapshot's signals) whose latest value changed at the last
    /// refresh: marked until the next.
    public var changedSignals = ValueChanges()
    /// Who journal entries are written as ($USER at start-up).
    public var author = "unknown"
    /// Journal writes sent to the disk and not yet confirmed.
    public var pendingJournalWrites = 0

    public init(now: Date, clockIsFixed: Bool, viewerZone: TimeZone, readOnly: Bool, themeName: String, size: Size, glyphs: GlyphSet) {
        self.now = now
        self.clockIsFixed = clockIsFixed
        self.viewerZone = viewerZone
        self.readOnly = readOnly
        self.themeName = themeName
        self.size = size
        self.glyphs = glyphs
    }

    /// The estate, empty before the first load.
    public var estate: Estate { snapshot?.estate ?? Estate() }

    /// Age of the data on screen.
    public var dataAge: TimeInterval? {
        snapshot.map { now.timeIntervalSince($0.loadedAt) }
    }
}
