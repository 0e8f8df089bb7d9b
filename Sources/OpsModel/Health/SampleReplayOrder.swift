/// Which value each of a series' newest samples shows at a replay step: the newest `window`
/// values bounce back and forth through themselves, one step per refresh, so a fixture estate
/// on a live clock moves while its story (what is red) holds. Older values stay as written.
public enum SampleReplayOrder {
    /// How many of the newest samples take part.
    public static let window = 8

    /// The index whose value sample `index` of `count` shows at `step` (0 = as written).
    @inline(__always)
    public static func source(of index: Int, count: Int, step: Int) -> Int {
        let size = min(window, count)
        let first = count - size
        guard size > 1, step > 0, index >= first else { return index }
        let period = 2 * (size - 1)
        // A triangle wave over the window: 0,1,…,size-1,size-2,…,1,0,…
        let phase = (index - first + step) % period
        return first + (phase < size ? phase : period - phase)
    }
}
