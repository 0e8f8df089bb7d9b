/// A screen that receives cell changes: the ncurses terminal, or memory in tests.
public protocol TerminalBackend: AnyObject {
    /// The current screen size.
    var size: Size { get }
    /// Draws changed cells (not yet necessarily visible).
    func apply(_ changes: [CellChange])
    /// Makes everything applied so far visible.
    func flush()
}
