/// A vertical scrollbar showing which part of a long list is visible.
public struct Scrollbar: Widget, Sendable {
    /// Total number of rows in the content.
    public var contentLength: Int
    /// Index of the first visible row.
    public var offset: Int
    /// The symbols to draw with.
    public var glyphs: GlyphSet
    /// Style of the track and thumb.
    public var style: Style

    /// Creates a scrollbar.
    public init(contentLength: Int, offset: Int, glyphs: GlyphSet = .unicode, style: Style = Style(role: .border)) {
        self.contentLength = contentLength
        self.offset = offset
        self.glyphs = glyphs
        self.style = style
    }

    /// The thumb's first row and height within a track of `trackLength` rows.
    public static func thumb(contentLength: Int, offset: Int, trackLength: Int) -> (start: Int, length: Int) {
        guard trackLength > 0, contentLength > trackLength else { return (0, max(0, trackLength)) }
        let length = max(1, trackLength * trackLength / contentLength)
        let maxOffset = contentLength - trackLength
        let clamped = min(max(0, offset), maxOffset)
        let start = (trackLength - length) * clamped / maxOffset
        return (start, length)
    }

    /// Draws the bar in the leftmost column of `rect`.
    public func render(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let thumb = Self.thumb(contentLength: contentLength, offset: offset, trackLength: rect.height)
        for row in 0..<rect.height {
            let isThumb = row >= thumb.start && row < thumb.start + thumb.length
            buffer.put(isThumb ? glyphs.scrollThumb : glyphs.scrollTrack, x: rect.x, y: rect.y + row, maxWidth: 1, style: style)
        }
    }
}
