/// A box centred over the screen, for help, confirmations and the command line.
public struct Overlay: Sendable {
    /// Title in the border.
    public var title: String?
    /// Wanted width including the border (shrunk to the screen).
    public var width: Int
    /// Wanted height including the border (shrunk to the screen).
    public var height: Int
    /// The symbols to draw with.
    public var glyphs: GlyphSet

    /// Creates an overlay.
    public init(title: String? = nil, width: Int, height: Int, glyphs: GlyphSet = .unicode) {
        self.title = title
        self.width = width
        self.height = height
        self.glyphs = glyphs
    }

    /// The rectangle the overlay occupies on `screen`.
    public func frame(in screen: Rect) -> Rect {
        screen.centered(width: width, height: height)
    }

    /// Draws the box over whatever is below and returns the area inside it for the content.
    @discardableResult
    public func render(in screen: Rect, buffer: inout Buffer) -> Rect {
        Box(title: title, borderStyle: Style(role: .overlay), titleStyle: Style(role: .overlay, attributes: .bold),
            fillStyle: Style(role: .overlay), glyphs: glyphs)
            .render(in: frame(in: screen), buffer: &buffer)
    }
}
