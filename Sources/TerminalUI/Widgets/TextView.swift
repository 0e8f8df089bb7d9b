/// Read-only styled text, optionally word-wrapped, scrolled by the caller.
public struct TextView: Widget, Sendable {
    /// The source lines.
    public var lines: [StyledLine]
    /// Index of the first display line shown (after wrapping; clamped when drawing).
    public var scrollOffset: Int
    /// Wrap long lines at word boundaries instead of cutting them.
    public var wraps: Bool
    /// The symbols to draw with.
    public var glyphs: GlyphSet

    /// Creates a text view.
    public init(lines: [StyledLine], scrollOffset: Int = 0, wraps: Bool = true, glyphs: GlyphSet = .unicode) {
        self.lines = lines
        self.scrollOffset = scrollOffset
        self.wraps = wraps
        self.glyphs = glyphs
    }

    /// The lines as they are displayed at `width` columns; callers use the count to bound scrolling.
    public func displayLines(width: Int) -> [StyledLine] {
        guard wraps else { return lines }
        return lines.flatMap { $0.wrapped(toWidth: width) }
    }

    /// Draws the visible lines, with a scrollbar on the right when they overflow.
    public func render(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: .plain)
        var display = displayLines(width: rect.width)
        var content = rect
        if display.count > rect.height {
            // The scrollbar takes a column, so wrap to the narrower width.
            content = rect.splitHorizontally(right: 1).left
            display = displayLines(width: content.width)
        }
        let offset = min(max(0, scrollOffset), max(0, display.count - rect.height))
        for line in 0..<rect.height where offset + line < display.count {
            let text = display[offset + line].truncated(toWidth: content.width, ellipsis: glyphs.ellipsis)
            buffer.put(text, x: content.x, y: content.y + line, maxWidth: content.width)
        }
        if display.count > rect.height {
            Scrollbar(contentLength: display.count, offset: offset, glyphs: glyphs)
                .render(in: rect.splitHorizontally(right: 1).right, buffer: &buffer)
        }
    }
}
