/// A bordered box with an optional title in the top border; it clears its inside.
public struct Box: Sendable {
    /// Title shown in the top border (cut to fit).
    public var title: String?
    /// Style of the border.
    public var borderStyle: Style
    /// Style of the title.
    public var titleStyle: Style
    /// Style the inside is cleared with.
    public var fillStyle: Style
    /// The symbols to draw with.
    public var glyphs: GlyphSet

    /// Creates a box.
    public init(title: String? = nil, borderStyle: Style = Style(role: .border),
                titleStyle: Style = Style(role: .title, attributes: .bold), fillStyle: Style = .plain,
                glyphs: GlyphSet = .unicode) {
        self.title = title
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
        self.fillStyle = fillStyle
        self.glyphs = glyphs
    }

    /// The area inside the border of a box drawn in `rect`.
    public static func innerRect(of rect: Rect) -> Rect { rect.inset(by: 1) }

    /// Draws the box and returns the area inside the border.
    @discardableResult
    public func render(in rect: Rect, buffer: inout Buffer) -> Rect {
        guard !rect.isEmpty else { return rect }
        buffer.fill(rect, style: fillStyle)
        guard rect.width >= 2, rect.height >= 2 else { return Self.innerRect(of: rect) }
        let horizontal = String(repeating: glyphs.horizontal, count: rect.width - 2)
        buffer.put(glyphs.topLeft + horizontal + glyphs.topRight, x: rect.x, y: rect.y, maxWidth: rect.width, style: borderStyle)
        buffer.put(glyphs.bottomLeft + horizontal + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, maxWidth: rect.width, style: borderStyle)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put(glyphs.vertical, x: rect.x, y: row, maxWidth: 1, style: borderStyle)
            buffer.put(glyphs.vertical, x: rect.maxX - 1, y: row, maxWidth: 1, style: borderStyle)
        }
        if let title, rect.width >= 5 {
            let text = truncate(TextSanitizer.clean(title), toWidth: rect.width - 4, ellipsis: glyphs.ellipsis)
            if !text.isEmpty { buffer.put(" \(text) ", x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, style: titleStyle) }
        }
        return Self.innerRect(of: rect)
    }
}
