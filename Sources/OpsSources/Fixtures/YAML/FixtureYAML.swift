import Yams

/// A fixture file that is not valid YAML: where, and what Yams says is wrong.
struct FixtureYAMLError: Error {
    var line: Int?
    var summary: String
}

/// Reads a fixture file's YAML: the fast subset reader first, Yams for anything outside it.
enum FixtureYAML {
    /// Files at least this large are mapped (`MappedFile`, their pages given back as they are
    /// read through) or, read whole, let go after the check and read back from disk.
    static let releaseThreshold = 4 << 20

    /// The file's document, or nil when it is empty; throws when it is not valid YAML.
    /// `bytes` must be valid UTF-8 without NUL (see `FixtureText.problem`).
    /// With a `path`, a large file's bytes are let go after the check and read back as needed.
    /// With `checksLater`, the items of top-level lists are checked only when read:
    /// the caller must then ask the returned late check whether it `passes` once every list has
    /// been read, and load the file again without it when it does not.
    static func document(_ bytes: [UInt8], path: String?, checksLater: Bool) throws(FixtureYAMLError) -> (node: FixtureNode?, lateCheck: LateCheck?) {
        try document(YAMLBytes(bytes: bytes, path: path), checksLater: checksLater)
    }

    /// The same for bytes in memory or mapped: `source` lets them go after the check when the
    /// file is large and can be read again.
    static func document(_ source: YAMLBytes, checksLater: Bool) throws(FixtureYAMLError) -> (node: FixtureNode?, lateCheck: LateCheck?) {
        let count = source.count
        let lateCheck = checksLater ? LateCheck() : nil
        let parse = { (lateCheck: LateCheck?) in
            source.withAllBytes { buffer in
                var parser = FixtureYAMLParser(buffer, source: source)
                parser.lateCheck = lateCheck
                return Result { () throws(FixtureYAMLUnsupported) in try parser.document() }
            }
        }
        var usedLateCheck = lateCheck
        var fast = parse(lateCheck)
        // A file that fails with items stepped over is checked again in full: the item the
        // parser stopped at may have been read differently had the items before it been read.
        if case .failure = fast, lateCheck != nil {
            usedLateCheck = nil
            fast = parse(nil)
        }
        if case .success(let node) = fast {
            if count >= releaseThreshold { source.releaseBytes() }
            // Nothing stepped over: nothing to check later, and nothing kept for it.
            return (node, usedLateCheck?.hasUnreadLists == true ? usedLateCheck : nil)
        }
        return (try composedByYams(source.withAllBytes { String(decoding: $0, as: UTF8.self) }), nil)
    }

    /// The file's document, checked in full; nil when it is empty.
    static func document(_ bytes: [UInt8], path: String? = nil) throws(FixtureYAMLError) -> FixtureNode? {
        try document(bytes, path: path, checksLater: false).node
    }

    /// The same through Yams alone: the reference the fast reader is tested against.
    static func composedByYams(_ text: String) throws(FixtureYAMLError) -> FixtureNode? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw FixtureYAMLError(line: line(of: error), summary: summary(of: error))
        }
        return node.map(convert)
    }

    private static func convert(_ node: Node) -> FixtureNode {
        let line = node.mark?.line ?? 0
        switch node {
        case .scalar(let scalar):
            return .scalar(FixtureScalar(text: scalar.string, isPlain: scalar.style == .plain, line: line))
        case .sequence(let sequence):
            return .sequence(FixtureSequence(items: .built(sequence.map(convert)), line: line))
        case .mapping(let mapping):
            let entries = mapping.map { key, value in
                FixtureEntry(key: FixtureScalar(text: key.scalar?.string ?? "", isPlain: key.scalar?.style == .plain, line: key.mark?.line ?? line), value: convert(value))
            }
            return .mapping(FixtureMapping(entries: entries, line: line))
        }
    }

    /// The 1-based line a Yams error points at, when it says.
    private static func line(of error: Error) -> Int? {
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                return mark.line
            default:
                return nil
            }
        }
        return nil
    }

    /// The first line of an error's description, without the YAML snippet Yams appends.
    private static func summary(of error: Error) -> String {
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
                return problem
            default:
                break
            }
        }
        return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unreadable"
    }
}

/// Checks a fixture file's bytes before they are read as text.
enum FixtureText {
    /// Nil when the bytes are UTF-8 without NUL; otherwise what is wrong.
    static func problem(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { problem($0) }
    }

    /// The same for bytes anywhere in memory (a mapped file's).
    static func problem(_ buffer: UnsafeBufferPointer<UInt8>) -> String? {
        var index = 0
        let count = buffer.count
        while index < count {
            // Eight ASCII bytes at a time: fixture files are nearly all ASCII, and a byte at a
            // time was 3 % of a large load.
            while index + 8 <= count {
                let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                let hasHighBit = word & 0x8080_8080_8080_8080 != 0
                let hasZeroByte = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                if hasHighBit || hasZeroByte { break }
                index += 8
            }
            guard index < count else { break }
            let lead = buffer[index]
            if lead < 0x80 {
                if lead == 0 { return "holds a NUL byte" }
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var value: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
            default: return "is not UTF-8 text"
            }
            guard index + length <= count else { return "is not UTF-8 text" }
            for next in 1..<length {
                let continuation = buffer[index + next]
                guard continuation & 0xC0 == 0x80 else { return "is not UTF-8 text" }
                value = value << 6 | UInt32(continuation & 0x3F)
            }
            guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return "is not UTF-8 text" }
            index += length
        }
        return nil
    }
}
