/// Splits Markdown into blocks: the subset runbooks use (CommonMark-like, not the full spec).
///
/// Supported: ATX headings, paragraphs, bullet and numbered lists with nested content (list
/// items may hold code blocks and sub-lists indented under them), fenced code blocks, block
/// quotes and thematic breaks. Anything else is read as paragraph text, so nothing is dropped.
enum MarkdownBlockParser {
    /// Parses a whole text.
    static func parse(_ text: String) -> [MarkdownBlock] {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        let lines = normalised.split(separator: "\n", omittingEmptySubsequences: false).map { expandTabs(String($0)) }
        return parse(lines: lines[...])
    }

    static func parse(lines: ArraySlice<String>) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            if isBlank(line) {
                index += 1
            } else if let fence = Fence(opening: line) {
                index = parseFence(fence, lines: lines, from: index + 1, into: &blocks)
            } else if let heading = heading(line) {
                blocks.append(.heading(level: heading.level, MarkdownInlineParser.parse(heading.text)))
                index += 1
            } else if isRule(line) {
                blocks.append(.rule)
                index += 1
            } else if let quoted = quoteContent(line) {
                var inner = [quoted]
                index += 1
                while index < lines.endIndex, !isBlank(lines[index]) {
                    if let more = quoteContent(lines[index]) {
                        inner.append(more)
                    } else if startsBlock(lines[index]) {
                        break
                    } else {
                        inner.append(lines[index])   // lazy continuation of a quoted paragraph
                    }
                    index += 1
                }
                blocks.append(.quote(parse(lines: inner[...])))
            } else if let marker = ListMarker(line) {
                index = parseList(startingWith: marker, lines: lines, from: index, into: &blocks)
            } else {
                var text: [String] = []
                while index < lines.endIndex, !isBlank(lines[index]), text.isEmpty || !startsBlock(lines[index]) {
                    text.append(lines[index].trimmingCharacters(in: .whitespaces))
                    index += 1
                }
                blocks.append(.paragraph(MarkdownInlineParser.parse(text.joined(separator: " "))))
            }
        }
        return blocks
    }

    // MARK: Fenced code

    private static func parseFence(_ fence: Fence, lines: ArraySlice<String>, from start: Int, into blocks: inout [MarkdownBlock]) -> Int {
        var index = start
        var code: [String] = []
        while index < lines.endIndex {
            let line = lines[index]
            index += 1
            if fence.isClosed(by: line) { break }
            code.append(dropLeadingSpaces(line, upTo: fence.indent))
        }
        blocks.append(.code(language: fence.language, text: code.joined(separator: "\n")))
        return index
    }

    // MARK: Lists

    private static func parseList(startingWith first: ListMarker, lines: ArraySlice<String>, from start: Int, into blocks: inout [MarkdownBlock]) -> Int {
        var index = start
        var items: [MarkdownListItem] = []
        while index < lines.endIndex, let marker = ListMarker(lines[index]), marker.continues(first), !isRule(lines[index]) {
            var itemLines = [marker.content]
            index += 1
            var blanks = 0
            while index < lines.endIndex {
                let line = lines[index]
                if isBlank(line) {
                    blanks += 1
                    index += 1
                    continue
                }
                if leadingSpaces(line) >= marker.contentOffset {
                    itemLines += Array(repeating: "", count: blanks)
                    blanks = 0
                    itemLines.append(dropLeadingSpaces(line, upTo: marker.contentOffset))
                    index += 1
                    continue
                }
                // A paragraph may continue on an unindented line ("lazy continuation").
                if blanks == 0, !startsBlock(line), !hasOpenFence(itemLines), !isBlank(itemLines.last ?? "") {
                    itemLines.append(line.trimmingCharacters(in: .whitespaces))
                    index += 1
                    continue
                }
                break
            }
            items.append(MarkdownListItem(blocks: parse(lines: itemLines[...])))
            if blanks > 0, index < lines.endIndex, !(ListMarker(lines[index])?.continues(first) ?? false) { break }
        }
        blocks.append(.list(MarkdownList(start: first.number, items: items)))
        return index
    }

    private static func hasOpenFence(_ lines: [String]) -> Bool {
        var open: Fence?
        for line in lines {
            if let current = open {
                if current.isClosed(by: line) { open = nil }
            } else if let fence = Fence(opening: line) {
                open = fence
            }
        }
        return open != nil
    }

    // MARK: Line classification

    static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " }
    }

    /// Whether a line starts a block other than a paragraph (and so ends a paragraph).
    private static func startsBlock(_ line: String) -> Bool {
        Fence(opening: line) != nil || heading(line) != nil || isRule(line) || quoteContent(line) != nil || ListMarker(line) != nil
    }

    private static func heading(_ line: String) -> (level: Int, text: String)? {
        let indent = leadingSpaces(line)
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        let hashes = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let after = rest.dropFirst(hashes)
        guard after.isEmpty || after.first == " " else { return nil }
        var text = after.trimmingCharacters(in: .whitespaces)
        // A closing run of #s is decoration, not text.
        if let lastNonHash = text.lastIndex(where: { $0 != "#" }) {
            if text[lastNonHash] == " " { text = String(text[...lastNonHash]).trimmingCharacters(in: .whitespaces) }
        } else {
            text = ""
        }
        return (hashes, text)
    }

    private static func isRule(_ line: String) -> Bool {
        guard leadingSpaces(line) <= 3 else { return false }
        let characters = line.filter { $0 != " " }
        guard characters.count >= 3, let first = characters.first, "-*_".contains(first) else { return false }
        return characters.allSatisfy { $0 == first }
    }

    private static func quoteContent(_ line: String) -> String? {
        let indent = leadingSpaces(line)
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard rest.first == ">" else { return nil }
        let after = rest.dropFirst()
        return String(after.first == " " ? after.dropFirst() : after)
    }

    static func leadingSpaces(_ line: String) -> Int {
        line.prefix { $0 == " " }.count
    }

    static func dropLeadingSpaces(_ line: String, upTo count: Int) -> String {
        String(line.dropFirst(min(count, leadingSpaces(line))))
    }

    /// Tabs count as four columns, so indentation is measured the same whoever wrote the file.
    private static func expandTabs(_ line: String) -> String {
        guard line.contains("\t" as Character) else { return line }
        var result = ""
        for character in line {
            if character == "\t" {
                result += String(repeating: " ", count: 4 - result.count % 4)
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// An opening code fence: ``` or ~~~ (three or more), up to three spaces in.
private struct Fence {
    var character: Character
    var length: Int
    var indent: Int
    var language: String?

    init?(opening line: String) {
        let indent = MarkdownBlockParser.leadingSpaces(line)
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let first = rest.first, first == "`" || first == "~" else { return nil }
        let length = rest.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingCharacters(in: .whitespaces)
        if first == "`" && info.contains("`" as Character) { return nil }
        self.character = first
        self.length = length
        self.indent = indent
        self.language = info.split(separator: " ").first.map(String.init)
    }

    func isClosed(by line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard MarkdownBlockParser.leadingSpaces(line) <= 3 + indent else { return false }
        let run = trimmed.prefix { $0 == character }.count
        return run >= length && run == trimmed.count
    }
}

/// The marker that starts a list item: `-`, `*`, `+`, or digits with `.` or `)`.
private struct ListMarker {
    /// The bullet character or the number's delimiter.
    var symbol: Character
    /// The number of a numbered item; nil for bullets.
    var number: Int?
    /// The column where the item's content starts; continuation lines are indented this far.
    var contentOffset: Int
    /// The text after the marker on its own line.
    var content: String

    init?(_ line: String) {
        let indent = MarkdownBlockParser.leadingSpaces(line)
        guard indent <= 3 else { return nil }
        let rest = Array(line.dropFirst(indent))
        guard let first = rest.first else { return nil }
        var markerLength: Int
        if "-*+".contains(first) {
            symbol = first
            number = nil
            markerLength = 1
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count), digits.count < rest.count, ".)".contains(rest[digits.count]) else { return nil }
            symbol = rest[digits.count]
            number = Int(String(digits))
            markerLength = digits.count + 1
        }
        guard markerLength == rest.count || rest[markerLength] == " " else { return nil }
        let spaces = rest.dropFirst(markerLength).prefix { $0 == " " }.count
        let text = String(rest.dropFirst(markerLength + spaces))
        // Five or more spaces after the marker would be indented code; count one.
        let gap = text.isEmpty || spaces > 4 ? 1 : spaces
        contentOffset = indent + markerLength + gap
        content = spaces > 4 ? String(repeating: " ", count: spaces - 1) + text : text
    }

    /// Whether this marker continues a list started by `first` (same kind, same bullet/delimiter).
    func continues(_ first: ListMarker) -> Bool {
        symbol == first.symbol && (number == nil) == (first.number == nil)
    }
}
