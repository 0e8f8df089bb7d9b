/// A block of Markdown: what the runbook reader lays out line by line.
public indirect enum MarkdownBlock: Sendable, Hashable {
    /// `#` to `######`.
    case heading(level: Int, [MarkdownInline])
    /// Consecutive text lines, joined with spaces.
    case paragraph([MarkdownInline])
    /// A bullet (`-`, `*`, `+`) or numbered (`1.`, `1)`) list.
    case list(MarkdownList)
    /// A fenced code block (``` or ~~~), with the info string's first word as language.
    case code(language: String?, text: String)
    /// `>` quoted blocks.
    case quote([MarkdownBlock])
    /// `---`, `***` or `___`.
    case rule
}

/// A list: bullets when `start` is nil, numbered from `start` otherwise.
public struct MarkdownList: Sendable, Hashable {
    /// The first number of a numbered list; nil for bullets.
    public var start: Int?
    /// The items, each holding its own blocks (paragraphs, nested lists, code).
    public var items: [MarkdownListItem]

    /// Creates a list.
    public init(start: Int?, items: [MarkdownListItem]) {
        self.start = start
        self.items = items
    }

    /// Whether the items are numbered.
    public var isOrdered: Bool { start != nil }
}

/// One list item: its blocks, parsed from the item's (dedented) lines.
public struct MarkdownListItem: Sendable, Hashable {
    /// The item's content.
    public var blocks: [MarkdownBlock]

    /// Creates an item.
    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }

    /// The item's first paragraph (or heading) as plain text: its one-line title.
    public var title: String {
        for block in blocks {
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines): return inlines.plainText
            default: continue
            }
        }
        return ""
    }
}
