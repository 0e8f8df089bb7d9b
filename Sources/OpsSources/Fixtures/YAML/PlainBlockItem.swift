import Foundation

/// An item of a top-level list written the way the generator and the demo write block items:
///
/// ```yaml
///   - id: prod-a                  # `- key: value` first
///     name: "Shop production"     # then `key: value` lines, all at one indentation,
///     tags: [eu, retail]          # a value being a word, a quoted text or a plain flow collection
///     components:                 # or, after `key:` alone, a list of plain flow mappings
///       - {id: web, kind: odoo-web}
/// ```
///
/// The items given here were either checked by the general reader or stepped over by its check
/// (`LateCheck`), and then only when their second line starts at the first key's column
/// (`FixtureYAMLParser.stepOverBlockItem`). This reads the plain form of such an item
/// (`PlainFlowCursor`) and nothing else: comments, blank lines inside the item, block scalars,
/// values over several lines, nested block mappings, a key given twice all return nil, and the
/// item is read the general way. An item stepped over is never checked once this reads it, so
/// the form must stay that strict: every byte matched, the fields' column the first key's.
/// Loosened (to allow a comment, say), a stepped-over item could load that is not valid YAML.
struct PlainBlockItem {
    /// A field's value, as ranges of the item's bytes.
    enum Value {
        case scalar(Range<Int>, quoted: Bool)
        /// A plain flow collection (`{…}` or `[…]`) on the key's line.
        case flow(Range<Int>)
        /// A list of plain flow mappings, one per line under the key.
        case list([Range<Int>])
    }

    private(set) var fields: [(key: Range<Int>, value: Value)] = []

    /// The item whose bytes start at its dash, or nil when it is not in the plain block form.
    /// `validated` holds the list lines a reader found plain before: a line found there again
    /// is not checked again (a line recurs in most items of a large estate).
    init?(_ item: UnsafeBufferPointer<UInt8>, validated: RecurringLines<Void>? = nil) {
        var cursor = PlainFlowCursor(item, at: 0)
        guard cursor.skipSeparator(UInt8(ascii: "-")), let first = Self.field(&cursor), let firstValue = first.value,
              Self.endOfLine(&cursor)
        else { return nil }
        // Sized for an environment's fields at once: grown by doubling, the arrays were copied
        // four or five times an item (callgrind).
        fields.reserveCapacity(Self.usualCount)
        fields.append((first.key, firstValue))
        var fieldIndent: Int?
        while cursor.offset < item.count {
            let lineStart = cursor.offset
            while cursor.byte == UInt8(ascii: " ") { cursor.offset += 1 }
            if cursor.offset == item.count { break }
            let indent = cursor.offset - lineStart
            // The first line after the dash sets the fields' indentation. It is never compared
            // with the first key's column: the check pass refused an item mapping whose keys are
            // not in one column ("unexpected indentation"), or stepped over the item only when
            // its second line starts at that column.
            guard indent == (fieldIndent ?? indent), let (key, value) = Self.field(&cursor), Self.endOfLine(&cursor) else { return nil }
            fieldIndent = indent
            if let value {
                fields.append((key, value))
                continue
            }
            // `key:` alone: its list's items follow, two further in.
            var items: [Range<Int>] = []
            items.reserveCapacity(Self.usualCount)
            while Self.startsListItem(item, at: cursor.offset, indent: indent + 2) {
                cursor.offset += indent + 4
                let start = cursor.offset
                guard let length = Self.flowMappingLength(item, at: start, validated: validated) else { return nil }
                cursor.offset += length
                guard Self.endOfLine(&cursor) else { return nil }
                items.append(start..<(start + length))
            }
            guard !items.isEmpty else { return nil }
            fields.append((key, .list(items)))
        }
        // A key given twice is read the general way (the last one wins there, with no warning).
        for index in fields.indices {
            for earlier in 0..<index where fields[earlier].key.count == fields[index].key.count
                && item[fields[earlier].key].elementsEqual(item[fields[index].key]) {
                return nil
            }
        }
    }

    /// Room made at first for an item's fields and for a list's lines (an environment has ~17
    /// fields and ~19 components).
    private static var usualCount: Int { 24 }

    /// `key: value` (value nil: `key:` alone, its list on the lines below), the cursor after it.
    private static func field(_ cursor: inout PlainFlowCursor) -> (key: Range<Int>, value: Value?)? {
        guard let key = cursor.word(), cursor.skip(UInt8(ascii: ":")) else { return nil }
        if cursor.byte == UInt8(ascii: "\n") { return (key, nil) }
        guard cursor.skip(UInt8(ascii: " ")) else { return nil }
        let start = cursor.offset
        switch cursor.byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard let length = PlainFlowCursor.collectionLength(cursor.bytes, at: start) else { return nil }
            cursor.offset += length
            return (key, .flow(start..<cursor.offset))
        default:
            guard let (range, quoted) = cursor.scalar() else { return nil }
            return (key, .scalar(range, quoted: quoted))
        }
    }

    /// The length of the plain flow mapping at `start`, nil when there is none. With
    /// `validated`, the mapping must be all of its line but trailing spaces (anything after it
    /// fails the line's end in any case): the line is looked up by its bytes first.
    private static func flowMappingLength(_ item: UnsafeBufferPointer<UInt8>, at start: Int, validated: RecurringLines<Void>?) -> Int? {
        guard start < item.count, item[start] == UInt8(ascii: "{") else { return nil }
        guard let validated else { return PlainFlowCursor.collectionLength(item, at: start) }
        var end = memchr(item.baseAddress! + start, Int32(UInt8(ascii: "\n")), item.count - start)
            .map { UnsafeRawPointer($0) - UnsafeRawPointer(item.baseAddress!) } ?? item.count
        while end > start, item[end - 1] == UInt8(ascii: " ") { end -= 1 }
        // Only whether the line was found plain is kept: its length is the line's.
        let plain: Void? = validated.value(start..<end, item) { line, bytes in
            PlainFlowCursor.collectionLength(bytes, at: line.lowerBound) == line.count ? () : nil
        }
        return plain.map { end - start }
    }

    /// Spaces, then a line end (stepped over) or the end of the item.
    private static func endOfLine(_ cursor: inout PlainFlowCursor) -> Bool {
        while cursor.byte == UInt8(ascii: " ") { cursor.offset += 1 }
        if cursor.offset == cursor.bytes.count { return true }
        return cursor.skip(UInt8(ascii: "\n"))
    }

    /// True when the line at `offset` is `indent` spaces, then `- `.
    private static func startsListItem(_ item: UnsafeBufferPointer<UInt8>, at offset: Int, indent: Int) -> Bool {
        guard offset + indent + 2 <= item.count else { return false }
        for index in offset..<(offset + indent) where item[index] != UInt8(ascii: " ") { return false }
        return item[offset + indent] == UInt8(ascii: "-") && item[offset + indent + 1] == UInt8(ascii: " ")
    }

    /// Each plain flow mapping of a `.list` value read by `make`; nil when any needs the general reader.
    static func mappings<Element>(
        _ items: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, _ make: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Element?
    ) -> [Element]? {
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for range in items {
            guard let element = make(range, bytes) else { return nil }
            result.append(element)
        }
        return result
    }
}
