import Console
import Foundation
import OpsSources

/// `opsdeck-bench profile-render DIR VIEW FRAMES`: loads a fixture directory once and renders
/// FRAMES frames of one view at 120x40, doing nothing else, so a profiler run
/// (`valgrind --tool=callgrind --toggle-collect='*ShellView*render*'`) sees only rendering.
enum RenderProfile {
    static func run(_ arguments: [String]) throws {
        guard arguments.count == 3, let frames = Int(arguments[2]),
              let view = ["environments": ViewID.environments, "health": .health, "calendar": .calendar, "backups": .backups][arguments[1]] else {
            throw BenchError.usage("profile-render needs DIR VIEW FRAMES (VIEW: environments, health, calendar, backups)")
        }
        let estate = BenchEstate(name: "profiled", directory: URL(fileURLWithPath: arguments[0]), isDemo: false, environments: 0, signals: 0)
        var state = BenchStates.make(BenchStates.snapshot(estate), columns: 120, rows: 40)
        state.activeView = view
        let start = MonotonicClock.nanoseconds()
        var cells = 0
        for _ in 0..<frames { cells += ShellView.render(state).cells.count }
        print(String(format: "%d frames of %@ in %.1f ms each (%d cells)", frames, arguments[1], MonotonicClock.milliseconds(since: start) / Double(max(1, frames)), cells))
    }
}
