/// A grid of cells that widgets draw into and the renderer compares between frames.
///
/// Cells live in one flat row-major array. Writes outside the buffer are ignored, never trapped,
/// and every write keeps wide characters whole: no cell is ever left holding half of one.
public struct Buffer: Sendable, Equatable {
    /// The dimensions of the grid.
    public private(set) var size: Size
    /// All cells, row by row.
    public private(set) var cells: [Cell]

    /// Creates a blank buffer.
    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.area)
    }

    /// Creates a blank buffer of `width` x `height` cells.
    public init(width: Int, height: Int) {
        self.init(size: Size(width: width, height: height))
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(size: size) }

    /// The cell at a position; a blank cell when the position is outside the buffer.
    public subscript(x column: Int, y row: Int) -> Cell {
        guard contains(column, row) else { return .blank }
        return cells[row * size.width + column]
    }

    /// Writes single-line text at (`x`, `y`) and returns how many columns it advanced.
    ///
    /// The text is sanitised first (terminal escapes and controls cannot reach the screen), then
    /// clipped by display width to `maxWidth` and the right edge. A wide character that would
    /// straddle the clip edge is replaced by a space, so the count includes that column.
    /// Returns 0 when the row is outside the buffer.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        let limit = min(size.width, maxWidth.map { x + max(0, $0) } ?? Int.max)
        guard x < limit else { return 0 }
        let cleaned = TextSanitizer.clean(text)
        var column = x
        if cleaned.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            // Most text is printable ASCII: skip grapheme breaking and width lookup.
            for byte in cleaned.utf8 {
                guard write(CellText(ascii: byte), width: 1, column: &column, limit: limit, y: y, style: style)
                else { break }
            }
        } else if cleaned.unicodeScalars.allSatisfy({ DisplayWidth.isSimpleNarrow($0.value) }) {
            // Borders, status glyphs, sparklines, ellipses: one column per scalar and no scalar
            // joins the next, so grapheme breaking (a third of a view switch) has nothing to do.
            for scalar in cleaned.unicodeScalars {
                guard write(CellText(scalar: scalar), width: 1, column: &column, limit: limit, y: y, style: style) else { break }
            }
        } else {
            for character in cleaned {
                let width = DisplayWidth.of(character)
                // A lone zero-width cluster has nothing to attach to once cells are separate.
                if width == 0 { continue }
                guard write(CellText(character), width: width, column: &column, limit: limit, y: y, style: style) else { break }
            }
        }
        return column - x
    }

    /// Fills a rectangle with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        let blank = Cell(text: .space, style: style)
        for row in clipped.y..<clipped.maxY {
            detachWideCharacter(at: clipped.x, y: row)
            detachWideCharacter(at: clipped.maxX - 1, y: row)
            let start = row * size.width
            for index in (start + clipped.x)..<(start + clipped.maxX) { cells[index] = blank }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping the characters.
    public mutating func setStyle(_ rect: Rect, style: Style) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            let start = row * size.width
            for index in (start + clipped.x)..<(start + clipped.maxX) { cells[index].style = style }
        }
    }

    /// Adds attributes to the style of every cell in a rectangle, keeping roles and characters.
    public mutating func addAttributes(_ attributes: TextAttributes, in rect: Rect) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            let start = row * size.width
            for index in (start + clipped.x)..<(start + clipped.maxX) {
                cells[index].style.attributes.formUnion(attributes)
            }
        }
    }

    /// Blanks every cell.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
    }

    /// The text of each row, wide characters once, trailing spaces trimmed; for tests and dumps.
    public func lines() -> [String] {
        (0..<size.height).map { row in
            var line = ""
            let start = row * size.width
            for index in start..<(start + size.width) where !cells[index].isContinuation {
                cells[index].text.append(to: &line)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// A buffer as wide as the widest line and one row per line, in the plain style; for tests.
    public static func fromLines(_ lines: [String]) -> Buffer {
        let width = lines.map { DisplayWidth.of($0) }.max() ?? 0
        var buffer = Buffer(width: width, height: lines.count)
        for (row, line) in lines.enumerated() { buffer.put(line, x: 0, y: row, style: .plain) }
        return buffer
    }

    /// Stores a cell exactly as given, as a terminal would; for backends mirroring a screen.
    ///
    /// Unlike `put`, this does not repair wide characters: the caller supplies whole frames' changes.
    public mutating func setRawCell(_ cell: Cell, x column: Int, y row: Int) {
        guard contains(column, row) else { return }
        cells[row * size.width + column] = cell
    }

    /// Writes one character of `put` at `column` and advances it; false once the clip edge is reached.
    private mutating func write(_ text: CellText, width: Int, column: inout Int, limit: Int,
                                y row: Int, style: Style) -> Bool {
        if column + width > limit {
            if column < limit {
                if column >= 0 { place(.space, width: 1, x: column, y: row, style: style) }
                column += 1
            }
            return false
        }
        if column >= 0 {
            place(text, width: width, x: column, y: row, style: style)
        } else if column + width > 0 {
            // The visible right half of a character cut by the left edge.
            place(.space, width: 1, x: 0, y: row, style: style)
        }
        column += width
        return column < limit
    }

    private func contains(_ column: Int, _ row: Int) -> Bool {
        column >= 0 && row >= 0 && column < size.width && row < size.height
    }

    /// Writes a character of `width` 1 or 2 whose columns are all inside the buffer.
    private mutating func place(_ text: CellText, width: Int, x column: Int, y row: Int, style: Style) {
        detachWideCharacter(at: column, y: row)
        if width == 2 { detachWideCharacter(at: column + 1, y: row) }
        let index = row * size.width + column
        cells[index] = Cell(text: text, style: style)
        if width == 2 { cells[index + 1] = .continuation(style: style) }
    }

    /// Before a cell is overwritten, blanks the other half of any wide character it belongs to.
    private mutating func detachWideCharacter(at column: Int, y row: Int) {
        guard contains(column, row) else { return }
        let index = row * size.width + column
        if cells[index].isContinuation {
            if column > 0 { cells[index - 1] = Cell(text: .space, style: cells[index - 1].style) }
            cells[index].isContinuation = false
        } else if column + 1 < size.width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(text: .space, style: cells[index + 1].style)
        }
    }
}
