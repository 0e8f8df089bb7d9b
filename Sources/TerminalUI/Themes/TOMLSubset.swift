/// A parsed value of the TOML subset theme and config files use.
public enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([TOMLValue])
}

/// One `key = value` line.
public struct TOMLEntry: Sendable {
    public var key: String
    public var value: TOMLValue
    public var line: Int
}

/// A `[dotted.header]` and its entries; the root table has an empty path.
public struct TOMLTable: Sendable {
    public var path: [String]
    public var line: Int
    public var entries: [TOMLEntry]
}

/// A parser for the part of TOML that theme files need: tables with dotted headers, bare keys,
/// basic and literal strings, integers, booleans, arrays (which may span lines) and comments.
///
/// Inline tables, dates, floats, array-of-tables and dotted keys are rejected with a clear message,
/// not misread.
public struct TOMLSubsetParser {
    private let scalars: [Unicode.Scalar]
    private let path: String
    private var position = 0
    private var line = 1

    /// A parser over one file's text; `path` names it in errors.
    public init(text: String, path: String) {
        self.scalars = Array(text.unicodeScalars)
        self.path = path
    }

    /// Parses the whole text into tables in file order.
    public mutating func parse() throws(ThemeError) -> [TOMLTable] {
        var tables = [TOMLTable(path: [], line: 1, entries: [])]
        var seenHeaders: Set<[String]> = []
        while true {
            skipWhitespaceAndComments(acrossLines: true)
            guard let scalar = peek() else { break }
            if scalar == "[" {
                let headerLine = line
                let header = try parseHeader()
                if !seenHeaders.insert(header).inserted {
                    throw error("table [\(header.joined(separator: "."))] is defined twice", at: headerLine)
                }
                tables.append(TOMLTable(path: header, line: headerLine, entries: []))
            } else {
                let entryLine = line
                let key = try parseKey()
                skipWhitespaceAndComments(acrossLines: false)
                if peek() == "." { throw error("dotted keys are not supported; use a [table] header") }
                guard peek() == "=" else { throw error("expected '=' after key '\(key)'") }
                advance()
                skipWhitespaceAndComments(acrossLines: false)
                let value = try parseValue()
                if tables[tables.count - 1].entries.contains(where: { $0.key == key }) {
                    throw error("key '\(key)' is set twice in the same table", at: entryLine)
                }
                tables[tables.count - 1].entries.append(TOMLEntry(key: key, value: value, line: entryLine))
            }
            try expectEndOfLine()
        }
        return tables
    }

    private func peek() -> Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    private mutating func advance() {
        if scalars[position] == "\n" { line += 1 }
        position += 1
    }

    private func error(_ message: String, at errorLine: Int? = nil) -> ThemeError {
        ThemeError(path: path, line: errorLine ?? line, message: message)
    }

    private mutating func skipWhitespaceAndComments(acrossLines: Bool) {
        while let scalar = peek() {
            if scalar == " " || scalar == "\t" || (acrossLines && (scalar == "\n" || scalar == "\r")) {
                advance()
            } else if scalar == "#" {
                while let next = peek(), next != "\n" { advance() }
            } else {
                return
            }
        }
    }

    private mutating func expectEndOfLine() throws(ThemeError) {
        skipWhitespaceAndComments(acrossLines: false)
        if peek() == "\r" { advance() }
        guard let scalar = peek() else { return }
        guard scalar == "\n" else { throw error("unexpected '\(scalar.escaped(asASCII: true))' after value") }
        advance()
    }

    private static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "-", "_": true
        default: false
        }
    }

    private mutating func parseKey() throws(ThemeError) -> String {
        if peek() == "\"" { return try parseBasicString() }
        var key = ""
        while let scalar = peek(), Self.isBareKeyScalar(scalar) {
            key.unicodeScalars.append(scalar)
            advance()
        }
        guard !key.isEmpty else {
            throw error("expected a key, found '\(peek().map { String($0).debugDescription } ?? "end of file")'")
        }
        return key
    }

    private mutating func parseHeader() throws(ThemeError) -> [String] {
        advance() // [
        if peek() == "[" { throw error("arrays of tables ([[...]]) are not supported") }
        var parts: [String] = []
        while true {
            skipWhitespaceAndComments(acrossLines: false)
            parts.append(try parseKey())
            skipWhitespaceAndComments(acrossLines: false)
            if peek() == "." { advance(); continue }
            guard peek() == "]" else { throw error("expected ']' to close the table header") }
            advance()
            return parts
        }
    }

    private mutating func parseValue() throws(ThemeError) -> TOMLValue {
        guard let scalar = peek() else { throw error("expected a value, found end of file") }
        switch scalar {
        case "\"": return .string(try parseBasicString())
        case "'": return .string(try parseLiteralString())
        case "[": return try parseArray()
        case "{": throw error("inline tables are not supported; use a [table] header")
        case "t", "f": return .boolean(try parseBoolean())
        case "+", "-", "0"..."9": return .integer(try parseInteger())
        default: throw error("expected a value, found '\(scalar.escaped(asASCII: true))'")
        }
    }

    private mutating func parseBasicString() throws(ThemeError) -> String {
        advance() // "
        var result = ""
        while let scalar = peek() {
            advance()
            switch scalar {
            case "\"":
                return result
            case "\n":
                throw error("string is not closed before the end of the line", at: line - 1)
            case "\\":
                guard let escaped = peek() else { break }
                advance()
                switch escaped {
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "u", "U":
                    let digits = escaped == "u" ? 4 : 8
                    var hex = ""
                    for _ in 0..<digits {
                        guard let digit = peek() else { break }
                        hex.unicodeScalars.append(digit)
                        advance()
                    }
                    guard let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) else {
                        throw error("invalid unicode escape '\\\(escaped)\(hex)'")
                    }
                    result.unicodeScalars.append(decoded)
                default:
                    throw error("unknown escape '\\\(escaped)' in string")
                }
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        throw error("string is not closed before the end of the file")
    }

    private mutating func parseLiteralString() throws(ThemeError) -> String {
        advance() // '
        var result = ""
        while let scalar = peek() {
            advance()
            if scalar == "'" { return result }
            if scalar == "\n" { throw error("string is not closed before the end of the line", at: line - 1) }
            result.unicodeScalars.append(scalar)
        }
        throw error("string is not closed before the end of the file")
    }

    private mutating func parseBoolean() throws(ThemeError) -> Bool {
        var word = ""
        while let scalar = peek(), Self.isBareKeyScalar(scalar) {
            word.unicodeScalars.append(scalar)
            advance()
        }
        switch word {
        case "true": return true
        case "false": return false
        default: throw error("expected a value, found '\(word)' (strings need quotes)")
        }
    }

    private mutating func parseInteger() throws(ThemeError) -> Int {
        var text = ""
        while let scalar = peek(), Self.isBareKeyScalar(scalar) || scalar == "+" || scalar == "." {
            if scalar != "_" { text.unicodeScalars.append(scalar) }
            advance()
        }
        guard let value = Int(text) else { throw error("'\(text)' is not an integer") }
        return value
    }

    private mutating func parseArray() throws(ThemeError) -> TOMLValue {
        advance() // [
        var elements: [TOMLValue] = []
        while true {
            skipWhitespaceAndComments(acrossLines: true)
            guard let scalar = peek() else { throw error("array is not closed before the end of the file") }
            if scalar == "]" { advance(); return .array(elements) }
            elements.append(try parseValue())
            skipWhitespaceAndComments(acrossLines: true)
            if peek() == "," { advance(); continue }
            guard peek() == "]" else { throw error("expected ',' or ']' in array") }
        }
    }
}
