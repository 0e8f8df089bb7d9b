/// One terminal cell: a grapheme cluster and its style.
///
/// A character two columns wide occupies its cell and the next one; the next one is marked
/// `isContinuation` so that dumps and backends skip it instead of drawing it twice. The cluster
/// is kept as plain data (`CellText`), so a frame of cells is copied and compared like bytes.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown in the cell (a space when blank).
    public var text: CellText
    /// How the cell is drawn.
    public var style: Style
    /// True when this cell is the right half of a wide character in the cell to its left.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.init(text: CellText(character), style: style, isContinuation: isContinuation)
    }

    /// Creates a cell from its stored text.
    public init(text: CellText, style: Style = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    /// The grapheme cluster shown in the cell, as a `Character`.
    public var character: Character {
        get { text.character }
        set { text = CellText(newValue) }
    }

    /// A space in the plain style.
    public static let blank = Cell(text: .space)

    /// The right half of a wide character drawn in `style`.
    public static func continuation(style: Style) -> Cell {
        Cell(text: .space, style: style, isContinuation: true)
    }
}
