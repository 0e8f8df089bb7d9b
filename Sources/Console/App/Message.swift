import Foundation
import OpsModel
import OpsSources
import TerminalUI

/// Events the runtime feeds into `update`, named after what happened.
public enum Message: Sendable {
    case keyPressed(Key)
    /// A click or wheel step (only with `--mouse`).
    case mouse(MouseEvent)
    case snapshotLoaded(SourceSnapshot)
    /// A snapshot loaded with its verdicts and lists already derived off the main thread (a large
    /// estate: at 10,000 environments they take a third of a second), and the signals whose
    /// value changed since the snapshot shown when the load started, also worked out there.
    case snapshotDerived(SourceSnapshot, DerivedViews, changed: ChangedSignals)
    /// The clock moved (live mode only; a fixed `--now` never ticks).
    case tick(Date)
    /// The clock moved to `derived.overview.now`, the verdicts and lists at that time derived off
    /// the main thread from the snapshot counted `snapshotGeneration` (see `snapshotDerived`).
    case tickDerived(DerivedViews, snapshotGeneration: Int)
    case resized(Size)
    /// The journal as read at start-up.
    case journalLoaded(JournalReplay)
    /// Entries reached the disk (fsync returned); the journal as it now stands.
    case journalAppended(JournalReplay)
    /// Writing to the journal failed; nothing was saved.
    case journalAppendFailed(String)
    /// The clipboard escape was written to the terminal (or could not be).
    case clipboardCopied(Bool)
}

/// Work `update` asks the runtime to do; its results come back as messages.
public enum Command: Sendable, Equatable {
    case reload
    case quit
    case applyTheme(String)
    /// Append entries to the incident journal durably, then answer `journalAppended`.
    case appendJournal([JournalEntry])
    /// Put text on the terminal's clipboard (OSC 52), then answer `clipboardCopied`.
    case copyToClipboard(String)
}
