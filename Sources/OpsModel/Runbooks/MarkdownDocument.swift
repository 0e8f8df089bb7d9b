/// A parsed Markdown body with the runbook-specific views of it: numbered steps and commands.
public struct MarkdownDocument: Sendable, Hashable {
    /// The top-level blocks.
    public var blocks: [MarkdownBlock]

    /// Creates a document from blocks.
    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }

    /// Parses Markdown text.
    public init(parsing text: String) {
        self.blocks = MarkdownBlockParser.parse(text)
    }

    /// The runbook's steps: every item of a numbered list at the top level, numbered 1… through
    /// the whole document (lists under separate headings continue the count), so a step keeps
    /// one number in the journal whichever section it sits in.
    public var steps: [RunbookStep] {
        var steps: [RunbookStep] = []
        for block in blocks {
            guard case .list(let list) = block, list.isOrdered else { continue }
            for item in list.items {
                steps.append(RunbookStep(number: steps.count + 1, title: item.title))
            }
        }
        return steps
    }

    /// Every fenced code block in reading order (pre-order, nested ones included).
    public var codeBlocks: [MarkdownCodeBlock] {
        var result: [MarkdownCodeBlock] = []
        func visit(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block {
                case .code(let language, let text): result.append(MarkdownCodeBlock(index: result.count, language: language, text: text))
                case .list(let list): list.items.forEach { visit($0.blocks) }
                case .quote(let inner): visit(inner)
                default: break
                }
            }
        }
        visit(blocks)
        return result
    }
}

/// A numbered step of a runbook, as the journal refers to it.
public struct RunbookStep: Sendable, Hashable, Codable {
    /// 1-based position among all the runbook's steps.
    public var number: Int
    /// The step's first line as plain text (placeholders unfilled).
    public var title: String

    /// Creates a step.
    public init(number: Int, title: String) {
        self.number = number
        self.title = title
    }
}

/// A fenced code block with its position among the document's code blocks.
public struct MarkdownCodeBlock: Sendable, Hashable {
    /// 0-based position in reading order.
    public var index: Int
    /// The info string's first word (`sh`, `sql`), if any.
    public var language: String?
    /// The code, lines joined with `\n`, placeholders unfilled.
    public var text: String
}
