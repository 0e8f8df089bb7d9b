/// Parses inline Markdown: `*em*`, `_em_`, `**strong**`, `` `code` ``, `[text](url)`, `<url>`,
/// backslash escapes. `{{placeholders}}` pass through untouched, so emphasis markers never split one.
enum MarkdownInlineParser {
    /// Parses one paragraph's text.
    static func parse(_ text: String) -> [MarkdownInline] {
        var builder = Builder()
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                if index + 1 < characters.count, isEscapable(characters[index + 1]) {
                    builder.text(String(characters[index + 1]))
                    index += 2
                } else {
                    builder.text("\\")
                    index += 1
                }
            case "`":
                let run = runLength(characters, at: index)
                if let close = closingBackticks(characters, from: index + run, length: run) {
                    var code = String(characters[(index + run)..<close])
                    if code.count >= 2, code.first == " ", code.last == " ", code.contains(where: { $0 != " " }) {
                        code = String(code.dropFirst().dropLast())
                    }
                    builder.append(.code(code))
                    index = close + run
                } else {
                    builder.text(String(repeating: "`", count: run))
                    index += run
                }
            case "{" where index + 1 < characters.count && characters[index + 1] == "{":
                if let close = find("}}", in: characters, from: index + 2) {
                    builder.text(String(characters[index..<(close + 2)]))
                    index = close + 2
                } else {
                    builder.text("{{")
                    index += 2
                }
            case "[":
                if let link = link(characters, at: index) {
                    builder.append(.link(text: parse(link.text), destination: link.destination))
                    index = link.end
                } else {
                    builder.text("[")
                    index += 1
                }
            case "<":
                if let close = characters[index...].firstIndex(of: ">"), isAutolink(characters[(index + 1)..<close]) {
                    let url = String(characters[(index + 1)..<close])
                    builder.append(.link(text: [.text(url)], destination: url))
                    index = close + 1
                } else {
                    builder.text("<")
                    index += 1
                }
            case "*", "_":
                let run = runLength(characters, at: index)
                if run >= 2, let close = closingDelimiter(characters, opener: index, length: 2) {
                    builder.append(.strong(parse(String(characters[(index + 2)..<close]))))
                    index = close + 2
                } else if let close = closingDelimiter(characters, opener: index, length: 1) {
                    builder.append(.emphasis(parse(String(characters[(index + 1)..<close]))))
                    index = close + 1
                } else {
                    builder.text(String(repeating: character, count: run))
                    index += run
                }
            default:
                builder.text(String(character))
                index += 1
            }
        }
        return builder.result
    }

    /// Collects inlines, merging neighbouring text.
    private struct Builder {
        var result: [MarkdownInline] = []

        mutating func text(_ text: String) {
            if case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(.text(text))
            }
        }

        mutating func append(_ inline: MarkdownInline) {
            if case .text(let text) = inline { self.text(text) } else { result.append(inline) }
        }
    }

    private static func isEscapable(_ character: Character) -> Bool {
        character.isASCII && (character.isPunctuation || character.isSymbol)
    }

    private static func runLength(_ characters: [Character], at index: Int) -> Int {
        var end = index
        while end < characters.count, characters[end] == characters[index] { end += 1 }
        return end - index
    }

    private static func closingBackticks(_ characters: [Character], from start: Int, length: Int) -> Int? {
        var index = start
        while index < characters.count {
            if characters[index] == "`" {
                let run = runLength(characters, at: index)
                if run == length { return index }
                index += run
            } else {
                index += 1
            }
        }
        return nil
    }

    private static func find(_ needle: String, in characters: [Character], from start: Int) -> Int? {
        let target = Array(needle)
        guard characters.count >= target.count else { return nil }
        var index = start
        while index + target.count <= characters.count {
            if Array(characters[index..<(index + target.count)]) == target { return index }
            index += 1
        }
        return nil
    }

    /// The closing run for an opener of `length` delimiters, following the flanking rules that
    /// matter in practice: the opener is followed by non-space, the closer preceded by non-space,
    /// and `_` only opens and closes at word boundaries (so `snake_case_names` stay text).
    private static func closingDelimiter(_ characters: [Character], opener: Int, length: Int) -> Int? {
        let delimiter = characters[opener]
        let contentStart = opener + length
        guard contentStart < characters.count, !characters[contentStart].isWhitespace else { return nil }
        if delimiter == "_", opener > 0, isWordCharacter(characters[opener - 1]) { return nil }
        var index = contentStart + 1
        while index < characters.count {
            let character = characters[index]
            if character == "`" {
                let run = runLength(characters, at: index)
                if let close = closingBackticks(characters, from: index + run, length: run) { index = close + run; continue }
                index += run
                continue
            }
            guard character == delimiter else { index += 1; continue }
            let run = runLength(characters, at: index)
            let after = index + run
            let closes = !characters[index - 1].isWhitespace
                && (delimiter != "_" || after >= characters.count || !isWordCharacter(characters[after]))
            if closes && (run == length || (length == 2 && run > 2)) {
                return length == 2 && run > 2 ? index + run - 2 : index
            }
            index += run
        }
        return nil
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private static func link(_ characters: [Character], at start: Int) -> (text: String, destination: String, end: Int)? {
        var depth = 0
        var index = start
        var closeBracket: Int?
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { closeBracket = index }
            default: break
            }
            if closeBracket != nil { break }
            index += 1
        }
        guard let close = closeBracket, close + 1 < characters.count, characters[close + 1] == "(",
              let end = characters[(close + 2)...].firstIndex(of: ")") else { return nil }
        var destination = String(characters[(close + 2)..<end]).trimmingCharacters(in: .whitespaces)
        // Drop an optional title: [text](url "title").
        if let space = destination.firstIndex(of: " ") { destination = String(destination[..<space]) }
        if destination.hasPrefix("<") && destination.hasSuffix(">") { destination = String(destination.dropFirst().dropLast()) }
        return (String(characters[(start + 1)..<close]), destination, end + 1)
    }

    private static func isAutolink(_ inner: ArraySlice<Character>) -> Bool {
        guard let colon = inner.firstIndex(of: ":"), colon > inner.startIndex else { return false }
        let scheme = inner[inner.startIndex..<colon]
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && !inner.contains(where: { $0 == " " || $0 == "<" })
    }
}
