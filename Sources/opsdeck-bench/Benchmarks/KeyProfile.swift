import Console
import Foundation
import TerminalUI

/// `opsdeck-bench profile-keys DIR PRESSES`: loads a fixture directory once and times, in
/// process, what a key costs before the terminal: `Update.apply` and the frame it causes, for the
/// keys `keys` presses (view switch `2`/`1`; `/` then `p` and Backspace).
enum KeyProfile {
    static func run(_ arguments: [String]) throws {
        guard arguments.count == 2, let presses = Int(arguments[1]), presses > 0 else {
            throw BenchError.usage("profile-keys needs DIR PRESSES")
        }
        let estate = BenchEstate(name: "profiled", directory: URL(fileURLWithPath: arguments[0]), isDemo: false, environments: 0, signals: 0)
        var state = BenchStates.make(BenchStates.snapshot(estate), columns: 120, rows: 40)
        _ = ShellView.render(state)
        let views = time(presses, state: &state) { [Key.character($0 % 2 == 0 ? "2" : "1")] }
        _ = Update.apply(.keyPressed(.character("/")), to: &state)
        let filter = time(presses, state: &state) { [$0 % 2 == 0 ? Key.character("p") : .backspace] }
        print(String(format: "view switch: median %.2f ms, max %.2f ms; filter keystroke: median %.2f ms, max %.2f ms (%d presses each)",
                     views.median, views.max, filter.median, filter.max, presses))
    }

    /// Milliseconds of each press (update and render), as median and maximum.
    private static func time(_ presses: Int, state: inout AppState, keys: (Int) -> [Key]) -> (median: Double, max: Double) {
        var samples: [Double] = []
        for press in 0..<presses {
            let start = MonotonicClock.nanoseconds()
            for key in keys(press) { _ = Update.apply(.keyPressed(key), to: &state) }
            _ = ShellView.render(state)
            samples.append(MonotonicClock.milliseconds(since: start))
        }
        samples.sort()
        return (samples[samples.count / 2], samples.last ?? 0)
    }
}
