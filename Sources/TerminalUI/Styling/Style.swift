/// How a cell is drawn: a semantic role plus attributes added on top of the role's own.
public struct Style: Hashable, Sendable {
    /// The semantic role, turned into colours by the theme.
    public var role: Role
    /// Attributes combined with those the theme gives the role.
    public var attributes: TextAttributes

    /// Creates a style.
    public init(role: Role = .text, attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// Ordinary text with no extra attributes.
    public static let plain = Style()

    /// This style with `extra` attributes added.
    public func adding(_ extra: TextAttributes) -> Style {
        Style(role: role, attributes: attributes.union(extra))
    }
}
