/// Sends each frame to a backend as the difference from the frame before it.
///
/// A frame identical to the last one sends nothing and does not flush, so an idle screen
/// writes zero bytes to the terminal.
public final class Renderer {
    private var previous: Buffer?
    /// Kept between frames for its capacity.
    private var changes: [CellChange] = []

    /// Creates a renderer that will send the whole first frame.
    public init() {}

    /// Draws `buffer` on `backend` and returns the number of cells sent (short unchanged gaps
    /// between changes included, see `diff(from:to:into:bridgingGaps:)`).
    @discardableResult
    public func present(_ buffer: Buffer, to backend: TerminalBackend) -> Int {
        diff(from: previous, to: buffer, into: &changes, bridgingGaps: true)
        previous = buffer
        guard !changes.isEmpty else { return 0 }
        backend.apply(changes)
        backend.flush()
        return changes.count
    }

    /// Forgets the last frame so the next one is sent whole (after a resize or a screen redraw).
    public func invalidate() {
        previous = nil
    }
}
