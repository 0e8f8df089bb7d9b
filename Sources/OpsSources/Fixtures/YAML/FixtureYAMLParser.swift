import Foundation

/// Why the fast reader handed a file to Yams: the file is outside the subset it reads, or not
/// valid YAML (Yams then reports the error in its own words).
struct FixtureYAMLUnsupported: Error {
    var line: Int
    var reason: String
}

/// A reader for the YAML that fixture files are written in: block mappings and lists, flow
/// `[…]`/`{…}`, plain and quoted one-line scalars, comments. Anything else (anchors, tags,
/// block or multi-line scalars, several documents, tabs, CR line ends) throws
/// `FixtureYAMLUnsupported`, and the caller reads that file with Yams instead.
///
/// It exists because Yams builds and releases a full node tree of every file: 90 % of the load
/// time of a large estate (docs/performance.md). This one works on bytes, builds only the nodes
/// a reader asks for, and defers the items of a file's top-level lists.
struct FixtureYAMLParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let source: YAMLBytes
    var offset = 0
    var line = 1
    var lineStart = 0
    /// False while a deferred list is only being checked: no text is decoded, no node kept.
    var building = true
    /// Set: the items of deferred lists are stepped over, to be checked when read.
    var lateCheck: LateCheck?

    init(_ bytes: UnsafeBufferPointer<UInt8>, source: YAMLBytes) {
        self.bytes = bytes
        self.source = source
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>, source: YAMLBytes, at position: YAMLPosition) {
        self.init(bytes, source: source)
        offset = position.offset
        line = position.line
        lineStart = position.lineStart
    }

    // MARK: - Document

    /// The file's one document, or nil when it holds none.
    mutating func document() throws(FixtureYAMLUnsupported) -> FixtureNode? {
        // The cursor starts on line 1, which may itself be content.
        guard try skipBlankLines() else { return nil }
        if isDocumentMarker("---") {
            offset += 3
            try endLine()
            guard try nextContent() else { return nil }
        }
        if byte == UInt8(ascii: "%") { throw unsupported("directive") }
        let node = try blockNode(depth: 0)
        if !atEnd, isDocumentMarker("...") {
            offset += 3
            try endLine()
            if try nextContent() { throw unsupported("content after the document end") }
        }
        guard atEnd else { throw unsupported("more than one document or content outside the structure") }
        return node
    }

    /// One item of a block list, the dash under the cursor.
    mutating func sequenceItem(indent: Int, building: Bool) throws(FixtureYAMLUnsupported) -> FixtureNode {
        self.building = building
        let dashLine = line
        offset += 1
        skipSpaces()
        if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\n") || atEnd {
            try endLine()
            if try nextContent(), column > indent { return try blockNode(depth: Self.itemDepth) }
            return null(line: dashLine)
        }
        return try blockNode(depth: Self.itemDepth)
    }

    // MARK: - Block structure

    /// Nesting depth of list items: deeper than the root's values, so their lists are built.
    static let itemDepth = 2

    /// A node starting under the cursor; afterwards the cursor is on the next content or at the end.
    /// `depth` 0 is the document, 1 a value of its mapping: lists there are deferred.
    private mutating func blockNode(depth: Int) throws(FixtureYAMLUnsupported) -> FixtureNode {
        switch byte {
        case UInt8(ascii: "-") where isBlank(at: offset + 1):
            return try blockSequence(indent: column, deferred: depth == 1)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let node = try flowNode()
            try endLine()
            _ = try nextContent()
            return node
        case UInt8(ascii: "?") where isBlank(at: offset + 1):
            throw unsupported("complex mapping key")
        default:
            let start = position
            let scalar = try blockScalar()
            if byte == UInt8(ascii: ":"), isBlank(at: offset + 1) {
                position = start
                return try blockMapping(indent: column, depth: depth)
            }
            try endLine()
            _ = try nextContent()
            return .scalar(scalar)
        }
    }

    private mutating func blockMapping(indent: Int, depth: Int) throws(FixtureYAMLUnsupported) -> FixtureNode {
        let mappingLine = line
        var entries: [FixtureEntry] = []
        while true {
            switch byte {
            case UInt8(ascii: "-") where isBlank(at: offset + 1):
                throw unsupported("a list item where a key was expected")
            case UInt8(ascii: "?") where isBlank(at: offset + 1):
                throw unsupported("complex mapping key")
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                throw unsupported("a collection as a key")
            default:
                break
            }
            let key = try blockScalar()
            guard byte == UInt8(ascii: ":"), isBlank(at: offset + 1) else { throw unsupported("expected ':' after a key") }
            offset += 1
            skipSpaces()
            let value: FixtureNode
            if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\n") || atEnd {
                try endLine()
                if try nextContent() {
                    if column > indent {
                        value = try blockNode(depth: depth + 1)
                    } else if column == indent, byte == UInt8(ascii: "-"), isBlank(at: offset + 1) {
                        value = try blockSequence(indent: indent, deferred: depth == 0)
                    } else {
                        value = null(line: key.line)
                    }
                } else {
                    value = null(line: key.line)
                }
            } else {
                value = try inlineValue()
            }
            if building { entries.append(FixtureEntry(key: key, value: value)) }
            if atEnd || column < indent || isDocumentMarker("---") || isDocumentMarker("...") { break }
            if column > indent { throw unsupported("unexpected indentation") }
        }
        return .mapping(FixtureMapping(entries: entries, line: mappingLine))
    }

    /// A list whose dashes sit at `indent`; a deferred one keeps only where each item starts.
    private mutating func blockSequence(indent: Int, deferred: Bool) throws(FixtureYAMLUnsupported) -> FixtureNode {
        let sequenceLine = line
        let wasBuilding = building
        var items: [FixtureNode] = []
        var starts: [YAMLPosition] = []
        var steppedOver = false
        while true {
            guard column == indent, byte == UInt8(ascii: "-"), isBlank(at: offset + 1) else { break }
            if deferred {
                starts.append(position)
                var stepped = false
                if lateCheck != nil {
                    stepped = try stepOverFlowLine(indent: indent)
                    if !stepped { stepped = try stepOverBlockItem(indent: indent) }
                }
                if stepped {
                    steppedOver = true
                } else {
                    _ = try sequenceItem(indent: indent, building: false)
                }
                if starts.count == Self.itemsBeforeReserving {
                    Self.reserveForRest(&starts, averageLength: (offset - starts[0].offset) / starts.count, restOfFile: bytes.count - offset)
                }
            } else {
                let item = try sequenceItem(indent: indent, building: wasBuilding)
                if wasBuilding { items.append(item) }
            }
            building = wasBuilding
            if atEnd || column < indent || isDocumentMarker("---") || isDocumentMarker("...") { break }
            if column > indent { throw unsupported("unexpected indentation") }
        }
        if deferred {
            // A guess too large (a short list before a long one) is not kept with the list.
            if starts.capacity > 2 * starts.count + 64 { starts = Array(starts) }
            var deferredItems = DeferredItems(source: source, indent: indent, starts: starts, end: offset)
            if steppedOver, let lateCheck {
                deferredItems.lateCheck = (lateCheck, lateCheck.register(source: source, indent: indent, starts: starts, end: offset))
            }
            return .sequence(FixtureSequence(items: .deferred(deferredItems), line: sequenceLine))
        }
        return .sequence(FixtureSequence(items: .built(items), line: sequenceLine))
    }

    /// A list this long is likely a long one: its starts are reserved for the rest of the file
    /// (`reserveForRest`). A shorter list (a catalog before the signals) reserves nothing.
    static let itemsBeforeReserving = 64
    /// At most this many starts are reserved ahead (48 MiB of address space, touched only as
    /// filled); past it the array grows by doubling again.
    static let mostStartsReserved = 1 << 21

    /// Room for as many more starts as the rest of the file holds items as long as the first
    /// ones on average, and a quarter more, within `mostStartsReserved`: grown by doubling, the
    /// 400,000 starts of a large signals file were copied, freed and faulted in again some
    /// twenty times, two fifths of the check of that file (perf). Items counted as 16 bytes at
    /// least, so a list of tiny items cannot ask for much.
    private static func reserveForRest(_ starts: inout [YAMLPosition], averageLength: Int, restOfFile: Int) {
        guard restOfFile > 0 else { return }
        let more = restOfFile / max(averageLength, 16)
        starts.reserveCapacity(min(starts.count + more + more / 4, mostStartsReserved))
    }

    /// Steps over an item that is one line starting `- {` or `- [`, unread (see `LateCheck`), when
    /// the next content is not indented further (a further line would belong to the item); false,
    /// the cursor unmoved, otherwise.
    private mutating func stepOverFlowLine(indent: Int) throws(FixtureYAMLUnsupported) -> Bool {
        guard offset + 2 < bytes.count, bytes[offset + 1] == UInt8(ascii: " "),
              bytes[offset + 2] == UInt8(ascii: "{") || bytes[offset + 2] == UInt8(ascii: "[")
        else { return false }
        let itemStart = position
        skipToLineEnd()
        if try nextContent(), column > indent {
            position = itemStart
            return false
        }
        return true
    }

    /// Steps over an item of several lines, unread (see `LateCheck`): its dash line and every
    /// line after it that is indented further, with the blank and comment lines among them. The
    /// item's own reading must then end exactly where the next item starts
    /// (`DeferredItems.parsedItem`), so an item this misjudges (a text over lines) fails the late
    /// check and the file is checked again in full. The environments and backups of a large
    /// estate are such items: at 10,000 environments their check was most of the check pass.
    ///
    /// Only an item whose second line starts at its first key's column (`- key: …`, then two
    /// further in than the dash) is stepped over; false, the cursor unmoved, for any other. The
    /// direct reader (`PlainBlockItem`) takes the fields' column from the second line, and only
    /// this check, or a full one, says that it is the first key's.
    private mutating func stepOverBlockItem(indent: Int) throws(FixtureYAMLUnsupported) -> Bool {
        let itemStart = position
        let keyFollowsDash = offset + 2 < bytes.count && bytes[offset + 1] == UInt8(ascii: " ") && bytes[offset + 2] != UInt8(ascii: " ")
        skipToLineEnd()
        guard try nextContent(), column > indent else { return true }
        guard keyFollowsDash, column == indent + 2 else {
            position = itemStart
            return false
        }
        repeat {
            skipToLineEnd()
        } while try nextContent() && column > indent
        return true
    }

    /// Moves to the end of the line: its `\n`, or the end of the file.
    private mutating func skipToLineEnd() {
        let rest = bytes.count - offset
        guard rest > 0, let found = memchr(bytes.baseAddress! + offset, Int32(UInt8(ascii: "\n")), rest) else {
            offset = bytes.count
            return
        }
        offset += UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress! + offset)
    }

    /// The value after `key: ` on the same line.
    private mutating func inlineValue() throws(FixtureYAMLUnsupported) -> FixtureNode {
        let node: FixtureNode
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            node = try flowNode()
        case UInt8(ascii: "-") where isBlank(at: offset + 1):
            throw unsupported("a list item after a key on the same line")
        default:
            let scalar = try blockScalar()
            if byte == UInt8(ascii: ":"), isBlank(at: offset + 1) { throw unsupported("a mapping inside a line") }
            node = .scalar(scalar)
        }
        try endLine()
        _ = try nextContent()
        return node
    }

    // MARK: - Flow collections

    private mutating func flowNode() throws(FixtureYAMLUnsupported) -> FixtureNode {
        // Checking only: a collection in the plain one-line form is valid as it stands.
        if !building, byte == UInt8(ascii: "{") || byte == UInt8(ascii: "["),
           let length = PlainFlowCursor.collectionLength(bytes, at: offset) {
            offset += length
            return null(line: line)
        }
        switch byte {
        case UInt8(ascii: "["): return try flowSequence()
        case UInt8(ascii: "{"): return try flowMapping()
        default: return .scalar(try flowScalar())
        }
    }

    private mutating func flowSequence() throws(FixtureYAMLUnsupported) -> FixtureNode {
        let sequenceLine = line
        offset += 1
        var items: [FixtureNode] = []
        while true {
            try skipFlowSpace()
            if byte == UInt8(ascii: "]") { offset += 1; break }
            let item = try flowNode()
            if building { items.append(item) }
            try skipFlowSpace()
            switch byte {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"): offset += 1
                return .sequence(FixtureSequence(items: .built(items), line: sequenceLine))
            default: throw unsupported("expected ',' or ']' in a flow list")
            }
        }
        return .sequence(FixtureSequence(items: .built(items), line: sequenceLine))
    }

    private mutating func flowMapping() throws(FixtureYAMLUnsupported) -> FixtureNode {
        let mappingLine = line
        offset += 1
        var entries: [FixtureEntry] = []
        while true {
            try skipFlowSpace()
            if byte == UInt8(ascii: "}") { offset += 1; break }
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { throw unsupported("a collection as a key") }
            let key = try flowScalar()
            try skipFlowSpace()
            guard byte == UInt8(ascii: ":") else { throw unsupported("expected ':' in a flow mapping") }
            offset += 1
            try skipFlowSpace()
            let value: FixtureNode
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") {
                value = null(line: key.line)
            } else {
                value = try flowNode()
            }
            if building { entries.append(FixtureEntry(key: key, value: value)) }
            try skipFlowSpace()
            switch byte {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"): offset += 1
                return .mapping(FixtureMapping(entries: entries, line: mappingLine))
            default: throw unsupported("expected ',' or '}' in a flow mapping")
            }
        }
        return .mapping(FixtureMapping(entries: entries, line: mappingLine))
    }

    // MARK: - Lines and spaces

    var atEnd: Bool { offset >= bytes.count }

    /// The byte under the cursor; 0 past the end (the file was checked to hold no NUL).
    var byte: UInt8 { offset < bytes.count ? bytes[offset] : 0 }

    var column: Int { offset - lineStart }

    var position: YAMLPosition {
        get { YAMLPosition(offset: offset, line: line, lineStart: lineStart) }
        set {
            offset = newValue.offset
            line = newValue.line
            lineStart = newValue.lineStart
        }
    }

    /// A space, a line end or the end of the file.
    func isBlank(at index: Int) -> Bool {
        guard index < bytes.count else { return true }
        let value = bytes[index]
        return value == UInt8(ascii: " ") || value == UInt8(ascii: "\n")
    }

    private func isDocumentMarker(_ marker: StaticString) -> Bool {
        guard column == 0, offset + 3 <= bytes.count else { return false }
        let text = marker.utf8Start
        return bytes[offset] == text[0] && bytes[offset + 1] == text[1] && bytes[offset + 2] == text[2] && isBlank(at: offset + 3)
    }

    mutating func skipSpaces() {
        while offset < bytes.count, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
    }

    /// After a value: only spaces and a comment may follow on its line.
    private mutating func endLine() throws(FixtureYAMLUnsupported) {
        let before = offset
        skipSpaces()
        if byte == UInt8(ascii: "#") {
            guard offset > before || offset == lineStart else { throw unsupported("a comment must follow a space") }
            while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
        }
        guard atEnd || byte == UInt8(ascii: "\n") else { throw unsupported("unexpected text after a value") }
    }

    /// From a line end, to the first character of the next line that holds content.
    private mutating func nextContent() throws(FixtureYAMLUnsupported) -> Bool {
        guard !atEnd else { return false }
        offset += 1
        line += 1
        lineStart = offset
        return try skipBlankLines()
    }

    private mutating func skipBlankLines() throws(FixtureYAMLUnsupported) -> Bool {
        while true {
            skipSpaces()
            guard offset < bytes.count else { return false }
            switch bytes[offset] {
            case UInt8(ascii: "\n"):
                break
            case UInt8(ascii: "#"):
                while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
                guard offset < bytes.count else { return false }
            case UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                throw unsupported("tab or carriage return")
            default:
                return true
            }
            offset += 1
            line += 1
            lineStart = offset
        }
    }

    /// Spaces, line ends and comments inside `[…]`/`{…}`.
    private mutating func skipFlowSpace() throws(FixtureYAMLUnsupported) {
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: " "):
                offset += 1
            case UInt8(ascii: "\n"):
                offset += 1
                line += 1
                lineStart = offset
            case UInt8(ascii: "#"):
                guard offset > 0, bytes[offset - 1] == UInt8(ascii: " ") || bytes[offset - 1] == UInt8(ascii: "\n") else {
                    throw unsupported("a comment must follow a space")
                }
                while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
            case UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                throw unsupported("tab or carriage return")
            default:
                return
            }
        }
        throw unsupported("unterminated flow collection")
    }

    func null(line: Int) -> FixtureNode {
        .scalar(FixtureScalar(text: "", isPlain: true, line: line))
    }

    func unsupported(_ reason: String) -> FixtureYAMLUnsupported {
        FixtureYAMLUnsupported(line: line, reason: reason)
    }
}
