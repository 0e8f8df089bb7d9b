import Foundation
import TerminalUI

/// The last frame drawn for each view and what it was drawn from, so switching back to a view
/// whose inputs are unchanged shows that frame again instead of drawing it anew.
///
/// Drawing a view was two thirds of a view switch (callgrind, docs/performance.md); flipping
/// between Environments and Health is what people do all day. Only the runtime's drawing uses it;
/// `ShellView.render` itself stays a plain function of the state.
public final class FrameMemo {
    private var frames: [ViewID: (inputs: FrameInputs, frame: Buffer)] = [:]

    /// Creates an empty memo.
    public init() {}

    /// The frame of `state`: the one kept for its view when nothing it is drawn from has changed,
    /// else what `render` draws (then kept).
    public func frame(for state: AppState, render: (AppState) -> Buffer) -> Buffer {
        let inputs = FrameInputs(state)
        if let kept = frames[state.activeView], kept.inputs == inputs { return kept.frame }
        let frame = render(state)
        frames[state.activeView] = (inputs, frame)
        return frame
    }
}

/// Everything of `AppState` a frame is drawn from. The snapshot and overview are represented by
/// the data generation that every new one bumps; the lists, counts and memos kept on the state are
/// derived from those and the view states listed here. `FrameMemoTests` fails when `AppState`
/// gains a property this does not account for.
struct FrameInputs: Equatable {
    var dataGeneration: Int
    var now: Date
    var clockIsFixed: Bool
    var viewerZone: TimeZone
    var activeView: ViewID
    var mode: InputMode
    var environments: EnvironmentsState
    var health: HealthState
    var calendar: CalendarState
    var runbooks: RunbooksState
    var backups: BackupsState
    var readOnly: Bool
    var themeName: String
    var notice: String?
    var size: Size
    var glyphs: GlyphSet
    var isLoading: Bool
    var helpScroll: Int
    var author: String
    var pendingJournalWrites: Int

    init(_ state: AppState) {
        dataGeneration = state.dataGeneration
        now = state.now
        clockIsFixed = state.clockIsFixed
        viewerZone = state.viewerZone
        activeView = state.activeView
        mode = state.mode
        environments = state.environments
        health = state.health
        calendar = state.calendar
        runbooks = state.runbooks
        backups = state.backups
        readOnly = state.readOnly
        themeName = state.themeName
        notice = state.notice
        size = state.size
        glyphs = state.glyphs
        isLoading = state.isLoading
        helpScroll = state.helpScroll
        author = state.author
        pendingJournalWrites = state.pendingJournalWrites
    }

    /// Properties of `AppState` derived from the ones above (or caches), so not compared.
    /// `changedSignals` is set only with a new snapshot, which bumps the data generation.
    /// `snapshotGeneration` changes only with the snapshot, as the data generation does.
    static let derivedProperties: Set<String> = [
        "snapshot", "overview", "healthDetailMemo", "healthEntryMemo", "deferredPlannedReleases",
        "environmentList", "deferredHealthList", "deferredBackupsList", "changedSignals", "snapshotGeneration",
    ]
}
