/// One line of text made of styled spans; the unit that lists, text views and bars draw.
public struct StyledLine: Hashable, Sendable, ExpressibleByArrayLiteral, ExpressibleByStringLiteral {
    /// The spans, left to right.
    public var spans: [Span]

    /// Creates a line from spans.
    public init(_ spans: [Span]) { self.spans = spans }

    /// Creates a line of one span.
    public init(_ text: String, style: Style = .plain) { self.spans = [Span(text, style: style)] }

    /// Creates a line from an array literal of spans.
    public init(arrayLiteral spans: Span...) { self.spans = spans }

    /// Creates a plain line from a string literal.
    public init(stringLiteral text: String) { self.init(text) }

    /// Columns the line occupies.
    public var width: Int { spans.reduce(0) { $0 + $1.width } }

    /// The text without styles.
    public var plainText: String { spans.map(\.text).joined() }

    /// The line cut to `width` columns, ending in `ellipsis` when something was cut.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> StyledLine {
        guard self.width > width else { return self }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let room = ellipsisWidth <= width ? width - ellipsisWidth : width
        var result: [Span] = []
        var used = 0
        var lastStyle = spans.first?.style ?? .plain
        for span in spans {
            let spanWidth = span.width
            lastStyle = span.style
            if used + spanWidth <= room {
                result.append(span)
                used += spanWidth
                continue
            }
            let cut = truncate(span.text, toWidth: room - used, ellipsis: "")
            if !cut.isEmpty { result.append(Span(cut, style: span.style)) }
            break
        }
        if ellipsisWidth <= width && width > 0 { result.append(Span(ellipsis, style: lastStyle)) }
        return StyledLine(result)
    }

    /// The line word-wrapped to `width` columns, styles kept; long words are broken.
    public func wrapped(toWidth width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        typealias Unit = (character: Character, style: Style, width: Int)
        var words: [[Unit]] = []
        var current: [Unit] = []
        for span in spans {
            for character in TextSanitizer.clean(span.text) {
                if character == " " {
                    if !current.isEmpty { words.append(current); current = [] }
                } else {
                    current.append((character, span.style, DisplayWidth.of(character)))
                }
            }
        }
        if !current.isEmpty { words.append(current) }
        var lines: [[Unit]] = []
        var line: [Unit] = []
        var lineWidth = 0
        for word in words {
            let wordWidth = word.reduce(0) { $0 + $1.width }
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line.append((" ", line.last?.style ?? .plain, 1))
                line += word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line); line = []; lineWidth = 0 }
            for unit in word {
                if lineWidth + unit.width > width && lineWidth > 0 {
                    lines.append(line); line = []; lineWidth = 0
                }
                line.append(unit)
                lineWidth += unit.width
            }
        }
        lines.append(line)
        return lines.map { units in
            var spans: [Span] = []
            for unit in units {
                if let last = spans.last, last.style == unit.style {
                    spans[spans.count - 1].text.append(unit.character)
                } else {
                    spans.append(Span(String(unit.character), style: unit.style))
                }
            }
            return StyledLine(spans)
        }
    }
}

extension Buffer {
    /// Writes a styled line at (`x`, `y`), clipped to `maxWidth`; returns the columns advanced.
    @discardableResult
    public mutating func put(_ line: StyledLine, x: Int, y: Int, maxWidth: Int? = nil) -> Int {
        var column = x
        for span in line.spans {
            let remaining = maxWidth.map { max(0, $0 - (column - x)) }
            if remaining == 0 { break }
            column += put(span.text, x: column, y: y, maxWidth: remaining, style: span.style)
        }
        return column - x
    }
}
