/// How a cell is drawn: a semantic role plus attributes added on top of the role's own.
public struct Style: Hashable, Sendable {
    /// The semantic role, turned into colours by the theme.
    public var role: Role
    /// Attributes combined with those the theme gives the role.
    public var attributes: TextAttributes
    /// Another role whose background the cell takes, keeping its own role's text colour: a
    /// status on the selected row stays red or green (`Role.keepsColourWhenSelected`).
    public var background: Role?

    /// Creates a style.
    public init(role: Role = .text, attributes: TextAttributes = [], background: Role? = nil) {
        self.role = role
        self.attributes = attributes
        self.background = background
    }

    /// Ordinary text with no extra attributes.
    public static let plain = Style()

    /// This style with `extra` attributes added.
    public func adding(_ extra: TextAttributes) -> Style {
        Style(role: role, attributes: attributes.union(extra), background: background)
    }
}
