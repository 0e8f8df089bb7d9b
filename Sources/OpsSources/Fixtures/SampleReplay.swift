import Foundation
import OpsModel

/// Makes a fixture estate move on a live clock: each signal's last few samples are replayed
/// back and forth, one step per refresh, so values change while the story (what is red) holds.
public enum SampleReplay {
    /// How many of the newest samples take part; older history stays as written.
    public static let window = 8

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
        let size = min(window, count)
        guard size > 1, step > 0 else { return signal }
        let first = count - size
        let period = 2 * (size - 1)
        var moved = signal
        for offset in 0..<size {
            // A triangle wave over the window: 0,1,…,size-1,size-2,…,1,0,…
            let phase = (offset + step) % period
            let source = phase < size ? phase : period - phase
            moved.samples[first + offset].value = signal.samples[first + source].value
        }
        return moved
    }
}
