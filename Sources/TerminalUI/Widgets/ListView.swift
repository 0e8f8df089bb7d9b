/// A vertical list of lines with an optional selection, scrolled by the caller.
public struct ListView: Widget, Sendable {
    /// The lines, top to bottom.
    public var items: [StyledLine]
    /// Index of the selected line.
    public var selected: Int?
    /// Index of the first line shown (clamped when drawing).
    public var scrollOffset: Int
    /// Role of the selected line (`selectionInactive` when the list has no focus).
    public var selectionRole: Role
    /// Draw the selection pointer in a gutter to the left of the lines.
    public var showsPointer: Bool
    /// The symbols to draw with.
    public var glyphs: GlyphSet

    /// Creates a list.
    public init(items: [StyledLine], selected: Int? = nil, scrollOffset: Int = 0, selectionRole: Role = .selection,
                showsPointer: Bool = false, glyphs: GlyphSet = .unicode) {
        self.items = items
        self.selected = selected
        self.scrollOffset = scrollOffset
        self.selectionRole = selectionRole
        self.showsPointer = showsPointer
        self.glyphs = glyphs
    }

    /// Draws the visible lines, with a scrollbar on the right when they overflow.
    public func render(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: .plain)
        let overflows = items.count > rect.height
        let (content, bar) = overflows ? rect.splitHorizontally(right: 1) : (rect, Rect(x: 0, y: 0, width: 0, height: 0))
        let offset = min(max(0, scrollOffset), max(0, items.count - rect.height))
        let gutter = showsPointer ? DisplayWidth.of(glyphs.pointer) + 1 : 0
        for line in 0..<rect.height {
            let index = offset + line
            guard index < items.count else { break }
            let rowRect = content.row(line)
            var item = items[index]
            if index == selected {
                buffer.fill(rowRect, style: Style(role: selectionRole))
                item = StyledLine(item.spans.map { Span($0.text, style: Style(role: selectionRole, attributes: $0.style.attributes)) })
                if showsPointer {
                    buffer.put(glyphs.pointer, x: rowRect.x, y: rowRect.y, maxWidth: rowRect.width, style: Style(role: selectionRole))
                }
            }
            let width = max(0, rowRect.width - gutter)
            buffer.put(item.truncated(toWidth: width, ellipsis: glyphs.ellipsis), x: rowRect.x + gutter, y: rowRect.y, maxWidth: width)
        }
        if overflows {
            Scrollbar(contentLength: items.count, offset: offset, glyphs: glyphs).render(in: bar, buffer: &buffer)
        }
    }
}
