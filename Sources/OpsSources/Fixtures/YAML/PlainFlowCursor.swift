/// Walks the plain one-line form that almost every flow collection of a fixture file takes:
/// `{key: word, key: "text", key: [word, "text"]}` on one line, one space after each `:` and
/// `,`, no comment or escape inside; words are ASCII (several of them with one space between,
/// as `title: Runbook index` is written), quoted texts may hold any printable UTF-8. Text outside that form is left to the general reader
/// (`FixtureYAMLParser`), so everything accepted here is read the same way there. (A `null`
/// word is valid here; the readers that build values from this form hand such items on.)
///
/// It exists because a large estate is mostly such lines (the signals file is 400,000 of them):
/// checking one here costs a few instructions a byte, the general reader some hundred
/// (docs/performance.md).
struct PlainFlowCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    /// The byte under the cursor; 0 past the end (fixture bytes hold no NUL).
    @inline(__always)
    var byte: UInt8 { offset < bytes.count ? bytes[offset] : 0 }

    /// Steps over `expected`, or says it is not there.
    @inline(__always)
    mutating func skip(_ expected: UInt8) -> Bool {
        guard byte == expected else { return false }
        offset += 1
        return true
    }

    /// Steps over the bytes of `text` (a key and its `: `), or says they are not there.
    @inline(__always)
    mutating func skip(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let expected = text.utf8Start
        for index in 0..<count where bytes[offset + index] != expected[index] { return false }
        offset += count
        return true
    }

    /// Steps over the two bytes `first` and a space (`: ` and `, `).
    @inline(__always)
    mutating func skipSeparator(_ first: UInt8) -> Bool {
        guard offset + 1 < bytes.count, bytes[offset] == first, bytes[offset + 1] == UInt8(ascii: " ") else { return false }
        offset += 2
        return true
    }

    /// A plain word: letters, digits and `_ . / + -`, not starting with `+`, and with `-` only
    /// before a digit or a dot, so it can never be read as a list dash or an indicator; a `:`
    /// inside it only between two such bytes (`09:00`, `2026-11-27T09:00:00Z`), where YAML keeps
    /// it in the text. Words that follow it after one space belong to it (`Runbook index`), as
    /// they do to a YAML plain scalar in a flow collection.
    mutating func word() -> Range<Int>? {
        let start = offset
        let first = byte
        if first == UInt8(ascii: "-") {
            let next = offset + 1 < bytes.count ? bytes[offset + 1] : 0
            guard Self.isDigit(next) || next == UInt8(ascii: ".") else { return nil }
        } else if first == UInt8(ascii: "+") || !Self.isWordByte(first) {
            return nil
        }
        offset += 1
        while true {
            // The tight loop first: a colon or a space inside a word is rare.
            while offset < bytes.count, Self.isWordByte(bytes[offset]) { offset += 1 }
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: ":") || bytes[offset] == UInt8(ascii: " "),
                  Self.isWordByte(bytes[offset + 1]) else { break }
            offset += 2
        }
        return start..<offset
    }

    /// A double-quoted text without escapes, of printable ASCII and UTF-8 sequences YAML counts
    /// as printable (the file's bytes are valid UTF-8: `FixtureText`); the range is inside the quotes.
    mutating func quoted() -> Range<Int>? {
        guard byte == UInt8(ascii: "\"") else { return nil }
        let start = offset + 1
        var index = start
        while index < bytes.count {
            let value = bytes[index]
            if value == UInt8(ascii: "\"") {
                offset = index + 1
                return start..<index
            }
            if value >= 0x80 {
                // U+0080–U+009F (C1 controls) and U+FFFE/U+FFFF are not printable in YAML, and
                // Yams drops a U+FEFF (byte order mark) wherever it stands.
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                if value == 0xC2, next < 0xA0 { return nil }
                if value == 0xEF, next == 0xBF, third >= 0xBE { return nil }
                if value == 0xEF, next == 0xBB, third == 0xBF { return nil }
                index += 1
                continue
            }
            guard value >= 0x20, value < 0x7F, value != UInt8(ascii: "\\") else { return nil }
            index += 1
        }
        return nil
    }

    /// A word or a quoted text, and whether it was quoted.
    mutating func scalar() -> (range: Range<Int>, quoted: Bool)? {
        if byte == UInt8(ascii: "\"") { return quoted().map { ($0, true) } }
        return word().map { ($0, false) }
    }

    /// A `[…]` of scalars, each handed to `item`; false when the list is not in the plain form
    /// or `item` turns one down.
    mutating func list(_ item: (_ range: Range<Int>, _ quoted: Bool) -> Bool) -> Bool {
        guard skip(UInt8(ascii: "[")) else { return false }
        if skip(UInt8(ascii: "]")) { return true }
        while true {
            guard let (range, quoted) = scalar(), item(range, quoted) else { return false }
            if skip(UInt8(ascii: "]")) { return true }
            guard skipSeparator(UInt8(ascii: ",")) else { return false }
        }
    }

    /// Any value of a plain mapping: a scalar, a list of scalars, or a nested plain mapping.
    mutating func value() -> Bool {
        switch byte {
        case UInt8(ascii: "["): return list { _, _ in true }
        case UInt8(ascii: "{"): return mapping { _, inner in inner.value() }
        default: return scalar() != nil
        }
    }

    /// A `{…}` whose keys are words; `entry` is called with each key's range, the cursor on its
    /// value, and reads the value itself (false: not in the plain form, or not wanted).
    mutating func mapping(_ entry: (_ key: Range<Int>, _ cursor: inout PlainFlowCursor) -> Bool) -> Bool {
        guard skip(UInt8(ascii: "{")) else { return false }
        if skip(UInt8(ascii: "}")) { return true }
        while true {
            guard let key = word(), skipSeparator(UInt8(ascii: ":")), entry(key, &self) else { return false }
            if skip(UInt8(ascii: "}")) { return true }
            guard skipSeparator(UInt8(ascii: ",")) else { return false }
        }
    }

    /// A `[…]` of scalars, each with whether it was quoted; nil when not in the plain form.
    mutating func scalarList() -> [(range: Range<Int>, quoted: Bool)]? {
        var items: [(range: Range<Int>, quoted: Bool)] = []
        return list { items.append(($0, $1)); return true } ? items : nil
    }

    /// The length of the plain flow collection at `start` (a `{` or a `[`), or nil when it is not
    /// one: the general reader's check pass steps over it without a closer look.
    static func collectionLength(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var cursor = PlainFlowCursor(bytes, at: start)
        guard cursor.byte == UInt8(ascii: "{") || cursor.byte == UInt8(ascii: "["), cursor.value() else { return nil }
        return cursor.offset - start
    }

    /// True when `range` holds one of YAML's plain nulls (`null`, `Null`, `NULL`); `~` is no word.
    func isNull(_ range: Range<Int>) -> Bool {
        matches(range, "null") || matches(range, "Null") || matches(range, "NULL")
    }

    /// True when the bytes of `range` spell `text`.
    func matches(_ range: Range<Int>, _ text: StaticString) -> Bool {
        guard range.count == text.utf8CodeUnitCount else { return false }
        let expected = text.utf8Start
        for index in 0..<range.count where bytes[range.lowerBound + index] != expected[index] { return false }
        return true
    }

    @inline(__always)
    static func isDigit(_ value: UInt8) -> Bool {
        value &- UInt8(ascii: "0") < 10
    }

    /// Letters, digits and `_ . / + -`, one bit per byte value (below 64, then 64 to 127): a
    /// byte's test is one shift, where a chain of comparisons cost a tenth of a check pass.
    /// (Computed, not stored: a stored static is a lazily made global, checked on every use.)
    private static var wordBytesLow: UInt64 { 0x03FF_E800_0000_0000 }
    private static var wordBytesHigh: UInt64 { 0x07FF_FFFE_87FF_FFFE }

    @inline(__always)
    static func isWordByte(_ value: UInt8) -> Bool {
        if value < 64 { return wordBytesLow >> UInt64(value) & 1 != 0 }
        if value < 128 { return wordBytesHigh >> UInt64(value - 64) & 1 != 0 }
        return false
    }
}
