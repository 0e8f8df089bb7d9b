extension FixtureYAMLParser {
    /// A plain or quoted scalar in block context (a key or a value).
    mutating func blockScalar() throws(FixtureYAMLUnsupported) -> FixtureScalar {
        try scalar(inFlow: false)
    }

    /// A plain or quoted scalar inside `[…]`/`{…}`.
    mutating func flowScalar() throws(FixtureYAMLUnsupported) -> FixtureScalar {
        try scalar(inFlow: true)
    }

    private mutating func scalar(inFlow: Bool) throws(FixtureYAMLUnsupported) -> FixtureScalar {
        let scalarLine = line
        switch byte {
        case UInt8(ascii: "\""):
            return FixtureScalar(text: try doubleQuoted(), isPlain: false, line: scalarLine)
        case UInt8(ascii: "'"):
            return FixtureScalar(text: try singleQuoted(), isPlain: false, line: scalarLine)
        default:
            return FixtureScalar(text: try plain(inFlow: inFlow), isPlain: true, line: scalarLine)
        }
    }

    /// Text that may not start a plain scalar in any context (YAML 1.2, c-indicator), bar the
    /// quotes handled above and `-?:` which only count when a blank follows.
    private static func isIndicator(_ value: UInt8) -> Bool {
        switch value {
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
             UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }

    private static func isFlowIndicator(_ value: UInt8) -> Bool {
        value == UInt8(ascii: ",") || value == UInt8(ascii: "[") || value == UInt8(ascii: "]")
            || value == UInt8(ascii: "{") || value == UInt8(ascii: "}")
    }

    /// Bytes that may end or spoil a plain scalar, by context; every other byte is part of it.
    private static let blockStops: [Bool] = stopTable(flow: false)
    private static let flowStops: [Bool] = stopTable(flow: true)

    private static func stopTable(flow: Bool) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for stop in "\n:# \t\r".utf8 { table[Int(stop)] = true }
        if flow { for stop in ",[]{}".utf8 { table[Int(stop)] = true } }
        return table
    }

    private mutating func plain(inFlow: Bool) throws(FixtureYAMLUnsupported) -> String {
        let first = byte
        if Self.isIndicator(first) { throw unsupported("an anchor, alias, tag, block scalar or reserved indicator") }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "?") || first == UInt8(ascii: ":") {
            let next = offset + 1 < bytes.count ? bytes[offset + 1] : UInt8(ascii: " ")
            if isBlank(at: offset + 1) || (inFlow && Self.isFlowIndicator(next)) {
                throw unsupported("an indicator where a value was expected")
            }
        }
        let start = offset
        var end = offset
        let stops = inFlow ? Self.flowStops : Self.blockStops
        scan: while offset < bytes.count {
            let value = bytes[offset]
            // Most bytes of a scalar end nothing: one table look-up lets them pass.
            if !stops[Int(value)] {
                offset += 1
                end = offset
                continue
            }
            switch value {
            case UInt8(ascii: "\n"):
                break scan
            case UInt8(ascii: ":"):
                if isBlank(at: offset + 1) { break scan }
                if inFlow, offset + 1 < bytes.count, Self.isFlowIndicator(bytes[offset + 1]) { break scan }
            case UInt8(ascii: "#"):
                if offset > start, bytes[offset - 1] == UInt8(ascii: " ") { break scan }
            case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                if inFlow { break scan }
            case UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                throw unsupported("tab or carriage return")
            default:
                break
            }
            offset += 1
            if value != UInt8(ascii: " ") { end = offset }
        }
        offset = end
        return text(from: start, to: end)
    }

    private mutating func singleQuoted() throws(FixtureYAMLUnsupported) -> String {
        offset += 1
        let start = offset
        var hasEscapes = false
        while true {
            guard offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") else { throw unsupported("a quoted text over several lines") }
            if bytes[offset] == UInt8(ascii: "'") {
                if offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "'") {
                    hasEscapes = true
                    offset += 2
                    continue
                }
                break
            }
            offset += 1
        }
        let end = offset
        offset += 1
        guard building else { return "" }
        let raw = text(from: start, to: end)
        return hasEscapes ? raw.replacingOccurrences(of: "''", with: "'") : raw
    }

    private mutating func doubleQuoted() throws(FixtureYAMLUnsupported) -> String {
        offset += 1
        let start = offset
        var decoded: [UInt8]? = nil
        while true {
            guard offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") else { throw unsupported("a quoted text over several lines") }
            let value = bytes[offset]
            if value == UInt8(ascii: "\"") { break }
            if value == UInt8(ascii: "\\") {
                if decoded == nil { decoded = Array(bytes[start..<offset]) }
                offset += 1
                try escape(into: &decoded!)
                continue
            }
            decoded?.append(value)
            offset += 1
        }
        let end = offset
        offset += 1
        guard building else { return "" }
        if let decoded { return source.interned(String(decoding: decoded, as: UTF8.self)) }
        return text(from: start, to: end)
    }

    /// One escape after a backslash in double quotes (YAML 1.2 §5.7).
    private mutating func escape(into output: inout [UInt8]) throws(FixtureYAMLUnsupported) {
        guard offset < bytes.count else { throw unsupported("an unterminated escape") }
        let code = bytes[offset]
        offset += 1
        let simple: UInt8?
        switch code {
        case UInt8(ascii: "0"): simple = 0
        case UInt8(ascii: "a"): simple = 7
        case UInt8(ascii: "b"): simple = 8
        case UInt8(ascii: "t"), 9: simple = 9
        case UInt8(ascii: "n"): simple = 10
        case UInt8(ascii: "v"): simple = 11
        case UInt8(ascii: "f"): simple = 12
        case UInt8(ascii: "r"): simple = 13
        case UInt8(ascii: "e"): simple = 27
        case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: "\\"): simple = code
        case UInt8(ascii: "N"): simple = nil; append(scalar: 0x85, to: &output)
        case UInt8(ascii: "_"): simple = nil; append(scalar: 0xA0, to: &output)
        case UInt8(ascii: "L"): simple = nil; append(scalar: 0x2028, to: &output)
        case UInt8(ascii: "P"): simple = nil; append(scalar: 0x2029, to: &output)
        case UInt8(ascii: "x"): simple = nil; append(scalar: try hexadecimal(digits: 2), to: &output)
        case UInt8(ascii: "u"): simple = nil; append(scalar: try hexadecimal(digits: 4), to: &output)
        case UInt8(ascii: "U"): simple = nil; append(scalar: try hexadecimal(digits: 8), to: &output)
        default: throw unsupported("an unknown escape")
        }
        if let simple { output.append(simple) }
    }

    private mutating func hexadecimal(digits: Int) throws(FixtureYAMLUnsupported) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard offset < bytes.count, let digit = Self.hexDigit(bytes[offset]) else { throw unsupported("a bad hexadecimal escape") }
            value = value << 4 | digit
            offset += 1
        }
        return value
    }

    private static func hexDigit(_ value: UInt8) -> UInt32? {
        switch value {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(value - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(value - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(value - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func append(scalar value: UInt32, to output: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        output.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    /// The text of a byte range; nothing is decoded while a deferred list is only checked.
    func text(from start: Int, to end: Int) -> String {
        guard building, end > start else { return "" }
        return source.interned(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }
}
