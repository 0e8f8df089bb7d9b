/// A run of text in one style.
public struct Span: Hashable, Sendable {
    /// The text (single line; it is sanitised when drawn).
    public var text: String
    /// How the text is drawn.
    public var style: Style

    /// Creates a span.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// Creates a span in the given role.
    public init(_ text: String, role: Role, attributes: TextAttributes = []) {
        self.init(text, style: Style(role: role, attributes: attributes))
    }

    /// Columns the text occupies.
    public var width: Int { DisplayWidth.of(text) }
}
