import Console
import Foundation
import OpsModel
import OpsSources
import TerminalUI

/// App states built on the bundled demo estate at a fixed clock, for view and update tests.
enum DemoState {
    /// Black Friday 2026, 09:00 UTC: production is frozen, development is not.
    static let blackFriday = ISO8601.parse("2026-11-27T09:00:00Z")!

    /// The demo estate loaded at `now`, with the overview derived as the runtime would.
    static func make(width: Int = 120, height: Int = 40, now: Date = blackFriday, glyphs: GlyphSet = .unicode) -> AppState {
        var state = AppState(
            now: now, clockIsFixed: true, viewerZone: TimeZone(identifier: "UTC")!, readOnly: false,
            themeName: "default-dark", size: Size(width: width, height: height), glyphs: glyphs
        )
        _ = Update.apply(.snapshotLoaded(snapshot(now: now)), to: &state)
        return state
    }

    /// The demo estate's snapshot at `now`.
    static func snapshot(now: Date = blackFriday) -> SourceSnapshot {
        FixtureSource.demo()!.loadNow(now: now)
    }

    /// The demo estate's snapshot at `now` as a live console loads it one replay step later:
    /// the same story, its newest samples moved.
    static func replayedSnapshot(now: Date = blackFriday) -> SourceSnapshot {
        var source = FixtureSource.demo()!
        source.replayStart = now.addingTimeInterval(-source.replayStep)
        return source.loadNow(now: now)
    }

    /// Feeds keys through `update`, as the runtime does.
    static func press(_ keys: [Key], _ state: inout AppState) -> [Command] {
        var commands: [Command] = []
        for key in keys { commands += Update.apply(.keyPressed(key), to: &state) }
        return commands
    }

    /// Types text as individual key presses.
    static func type(_ text: String, _ state: inout AppState) {
        _ = press(text.map { Key.character($0) }, &state)
    }
}
