import Foundation
import OpsModel

/// Makes a fixture estate move on a live clock: each signal's last few samples are replayed
/// back and forth, one step per refresh, so values change while the story (what is red) holds.
/// A fixture load replays as it reads (`SamplePool`), with no copy; this is the same for an
/// estate already loaded.
public enum SampleReplay {
    /// How many of the newest samples take part; older history stays as written.
    public static let window = SampleReplayOrder.window

    /// The estate at replay step `step` (0 = as written). Sample times are unchanged.
    public static func estate(_ estate: Estate, step: Int) -> Estate {
        guard step > 0 else { return estate }
        var moved = estate
        moved.signals = estate.signals.map { signal(_: $0, step: step) }
        return moved
    }

    /// One signal at a step: the newest `window` values bounce through themselves.
    public static func signal(_ signal: Signal, step: Int) -> Signal {
        let count = signal.samples.count
        guard min(window, count) > 1, step > 0 else { return signal }
        var moved = signal
        for index in max(0, count - window)..<count {
            moved.samples[index].value = signal.samples[SampleReplayOrder.source(of: index, count: count, step: step)].value
        }
        return moved
    }
}
