/// The colours and attributes a theme gives a role.
public struct RoleStyle: Hashable, Sendable {
    /// Text colour.
    public var foreground: TerminalColor
    /// Background colour.
    public var background: TerminalColor
    /// Attributes always applied with the colours.
    public var attributes: TextAttributes

    /// Creates a role style.
    public init(foreground: TerminalColor = .default, background: TerminalColor = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// This style as a terminal of `depth` shows it; with no colour, `monochrome` attributes replace it.
    public func downgraded(to depth: ColorDepth, monochrome: TextAttributes) -> RoleStyle {
        guard depth != .none else { return RoleStyle(attributes: monochrome) }
        var foreground = self.foreground.downgraded(to: depth)
        let background = self.background.downgraded(to: depth)
        if foreground != .default, foreground == background, self.foreground != self.background {
            // Two distinct colours collapsed into one: keep the text readable on its background.
            let darkBackgrounds: Set<Int> = [0, 1, 4, 5, 8]
            foreground = .ansi(darkBackgrounds.contains(background.paletteIndex ?? 0) ? 15 : 0).downgraded(to: depth)
        }
        return RoleStyle(foreground: foreground, background: background, attributes: attributes)
    }
}
