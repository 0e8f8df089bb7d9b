import Console
import Foundation
import OpsModel
import OpsSources
import TerminalUI

/// App states built as the runtime builds them (and as the tests' DemoState does).
enum BenchStates {
    /// The state after the first load of `snapshot`, at a fixed clock, `columns` x `rows`.
    static func make(_ snapshot: SourceSnapshot, columns: Int, rows: Int) -> AppState {
        var state = AppState(
            now: LoadBenchmark.now, clockIsFixed: true, viewerZone: TimeZone(identifier: "UTC")!, readOnly: false,
            themeName: "default-dark", size: Size(width: columns, height: rows), glyphs: .unicode
        )
        _ = Update.apply(.snapshotLoaded(snapshot), to: &state)
        return state
    }

    /// The snapshot a finished load gives, named as opsdeck names it.
    static func snapshot(from load: FixtureLoad, estate: BenchEstate) -> SourceSnapshot {
        SourceSnapshot(sourceName: estate.isDemo ? "demo estate" : "fixtures \(estate.directory.path)",
                       estate: load.estate, issues: load.issues, loadedAt: LoadBenchmark.now)
    }

    /// The snapshot of an estate at the fixed clock.
    static func snapshot(_ estate: BenchEstate) -> SourceSnapshot {
        FixtureSource(directory: estate.directory, name: estate.isDemo ? "demo estate" : "fixtures \(estate.directory.path)")
            .loadNow(now: LoadBenchmark.now)
    }
}
