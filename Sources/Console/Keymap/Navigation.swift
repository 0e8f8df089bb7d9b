/// What the moving keys do to a position in a list or a scroll offset, in one place for every view.
enum Navigation {
    /// The position after `action` from `current`, clamped to `0...last`; nil when the action is
    /// not a move. `page` is how far PgUp/PgDn go.
    static func step(_ action: Action, from current: Int, page: Int, last: Int) -> Int? {
        let target: Int
        switch action {
        case .moveUp: target = current - 1
        case .moveDown: target = current + 1
        case .pageUp: target = current - max(1, page)
        case .pageDown: target = current + max(1, page)
        case .moveToTop: target = 0
        case .moveToBottom: target = last
        default: return nil
        }
        return min(max(0, target), max(0, last))
    }

    /// A scroll offset's upper bound when the content length is not known here (the view clamps).
    static let unboundedScroll = Int.max / 2
}
