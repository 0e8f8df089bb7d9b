/// One terminal cell: a grapheme cluster and its style.
///
/// A character two columns wide occupies its cell and the next one; the next one is marked
/// `isContinuation` so that dumps and backends skip it instead of drawing it twice.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown in the cell (a space when blank).
    public var character: Character
    /// How the cell is drawn.
    public var style: Style
    /// True when this cell is the right half of a wide character in the cell to its left.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A space in the plain style.
    public static let blank = Cell()

    /// The right half of a wide character drawn in `style`.
    public static func continuation(style: Style) -> Cell {
        Cell(" ", style: style, isContinuation: true)
    }

}
