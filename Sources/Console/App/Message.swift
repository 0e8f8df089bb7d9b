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
    /// A snapshot loaded with its verdicts already derived off the main thread (a large estate:
    /// deriving 10,000 environments' verdicts takes the main thread a quarter of a second).
    case snapshotDerived(SourceSnapshot, EstateOverview)
    /// The clock moved (live mode only; a fixed `--now` never ticks).
    case tick(Date)
    /// The clock moved to `overview.now`, the verdicts at that time derived off the main thread
    /// from the snapshot counted `snapshotGeneration` (a large estate; see `snapshotDerived`).
    case tickDerived(EstateOverview, snapshotGeneration: Int)
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
