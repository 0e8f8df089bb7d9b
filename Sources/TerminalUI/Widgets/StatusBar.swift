/// A one-row bar with spans on the left and right; the right side (clock, source age) wins space.
public struct StatusBar: Widget, Sendable {
    /// Spans drawn from the left edge, cut with an ellipsis when space runs out.
    public var left: [Span]
    /// Spans drawn flush against the right edge.
    public var right: [Span]
    /// The symbols to draw with.
    public var glyphs: GlyphSet

    /// Creates a status bar.
    public init(left: [Span], right: [Span] = [], glyphs: GlyphSet = .unicode) {
        self.left = left
        self.right = right
        self.glyphs = glyphs
    }

    /// Draws the bar in the first row of `rect`.
    public func render(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        buffer.fill(row, style: Style(role: .statusBar))
        let rightLine = StyledLine(right).truncated(toWidth: row.width, ellipsis: glyphs.ellipsis)
        let rightWidth = rightLine.width
        buffer.put(rightLine, x: row.maxX - rightWidth, y: row.y, maxWidth: rightWidth)
        // One blank column keeps the two sides from running together.
        let leftWidth = max(0, row.width - rightWidth - (rightWidth > 0 ? 1 : 0))
        buffer.put(StyledLine(left).truncated(toWidth: leftWidth, ellipsis: glyphs.ellipsis), x: row.x, y: row.y, maxWidth: leftWidth)
    }
}
