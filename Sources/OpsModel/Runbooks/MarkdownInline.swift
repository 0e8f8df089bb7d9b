/// A run of inline Markdown: text, emphasis, strong, code spans and links.
public indirect enum MarkdownInline: Sendable, Hashable {
    /// Literal text (placeholders such as `{{env.id}}` are kept verbatim for the filler).
    case text(String)
    /// `*emphasis*` or `_emphasis_`.
    case emphasis([MarkdownInline])
    /// `**strong**` or `__strong__`.
    case strong([MarkdownInline])
    /// `` `code` ``: literal, never parsed further.
    case code(String)
    /// `[text](destination)` or `<https://…>`.
    case link(text: [MarkdownInline], destination: String)

    /// The inline content without any markup.
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): return text
        case .emphasis(let children), .strong(let children): return children.plainText
        case .link(let text, _): return text.plainText
        }
    }
}

extension Array where Element == MarkdownInline {
    /// The inlines' text without any markup.
    public var plainText: String { map(\.plainText).joined() }
}
