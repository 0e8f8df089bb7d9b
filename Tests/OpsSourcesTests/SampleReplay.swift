import Foundation
import OpsModel

/// What a live fixture load's replay must give, worked out on an estate already loaded: each
/// signal's newest samples moved to `SampleReplayOrder`'s step. The console replays as it reads
/// (`SamplePool`); the tests hold its loads to this.
enum SampleReplay {
    /// How many of the newest samples take part; older history stays as written.
    static let window = SampleReplayOrder.window

    /// The estate at replay step `step` (0 = as written). Sample times are unchanged.
    static func estate(_ estate: Estate, step: Int) -> Estate {
        guard step > 0 else { return estate }
        var moved = estate
        moved.signals = estate.signals.map { signal(_: $0, step: step) }
        return moved
    }

    /// One signal at a step: the newest `window` values bounce through themselves.
    static func signal(_ signal: Signal, step: Int) -> Signal {
        let count = signal.samples.count
        guard min(window, count) > 1, step > 0 else { return signal }
        var moved = signal
        for index in max(0, count - window)..<count {
            moved.samples[index].value = signal.samples[SampleReplayOrder.source(of: index, count: count, step: step)].value
        }
        return moved
    }
}
