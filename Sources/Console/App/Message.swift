import Foundation
import OpsSources
import TerminalUI

/// Events the runtime feeds into `update`, named after what happened.
public enum Message: Sendable {
    case keyPressed(Key)
    case snapshotLoaded(SourceSnapshot)
    /// The clock moved (live mode only; a fixed `--now` never ticks).
    case tick(Date)
    case resized(Size)
}

/// Work `update` asks the runtime to do; its results come back as messages.
public enum Command: Sendable, Equatable {
    case reload
    case quit
    case applyTheme(String)
}
