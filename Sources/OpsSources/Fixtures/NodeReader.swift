import Foundation
import OpsModel

/// Reads one YAML mapping of a fixture file, recording every problem with its file, line and field.
///
/// Each accessor marks its key as known; `finish()` warns about keys nobody asked for, so a
/// misspelt field is reported instead of silently ignored.
final class NodeReader {
    let mapping: FixtureMapping
    let path: String
    let fieldPath: FieldPath
    let line: Int?
    let anchor: Date
    let log: IssueLog
    /// Which entries an accessor asked for: a bit per entry, a set past 64 (mappings are small;
    /// a set per item cost more than the lookups it served).
    private var consumedMask: UInt64 = 0
    private var consumedBeyondMask: Set<Int> = []
    /// Set when a required field was missing or malformed: the item should be skipped.
    private(set) var failed = false

    init?(_ node: FixtureNode, path: String, fieldPath: FieldPath, anchor: Date, log: IssueLog) {
        guard let mapping = node.mapping else {
            log.error(path, NodeReader.line(of: node), fieldPath.description, "expected a mapping of fields")
            return nil
        }
        self.mapping = mapping
        self.path = path
        self.fieldPath = fieldPath
        self.line = NodeReader.line(of: node)
        self.anchor = anchor
        self.log = log
    }

    /// 1-based line of a node, as editors count.
    static func line(of node: FixtureNode) -> Int? {
        node.line > 0 ? node.line : nil
    }

    private func field(_ key: String) -> String {
        fieldPath.appending(key).description
    }

    /// The raw node of a key, marking it known; of duplicate keys the last one wins, as in Yams.
    func node(_ key: String) -> FixtureNode? {
        var found: FixtureNode?
        // Lengths first: a signal's reader asks for sixteen keys of a four-entry mapping, and a
        // length is read from the string's header while a mismatch compare is a call.
        let length = key.utf8.count
        for (index, entry) in mapping.entries.enumerated() where entry.key.text.utf8.count == length && entry.key.text == key {
            markConsumed(index)
            found = entry.value
        }
        return found
    }

    private func markConsumed(_ index: Int) {
        if index < 64 {
            consumedMask |= 1 << UInt64(index)
        } else {
            consumedBeyondMask.insert(index)
        }
    }

    private func isConsumed(_ index: Int) -> Bool {
        index < 64 ? consumedMask & (1 << UInt64(index)) != 0 : consumedBeyondMask.contains(index)
    }

    /// Records a failed required field and marks the item skipped.
    func fail(_ key: String, _ message: String, at node: FixtureNode? = nil) {
        failed = true
        log.error(path, node.flatMap(NodeReader.line(of:)) ?? line, field(key), message)
    }

    /// Records a problem that does not stop the item from loading.
    func warn(_ key: String, _ message: String, at node: FixtureNode? = nil) {
        log.warning(path, node.flatMap(NodeReader.line(of:)) ?? line, field(key), message)
    }

    /// A scalar string; a missing required one fails the item.
    func string(_ key: String, required: Bool = true) -> String? {
        guard let value = node(key) else {
            if required { fail(key, "missing") }
            return nil
        }
        guard let scalar = value.scalar else {
            fail(key, "expected text", at: value)
            return nil
        }
        if scalar.isNull {
            if required { fail(key, "empty", at: value) }
            return nil
        }
        return scalar.text
    }

    /// A whole number.
    func int(_ key: String, required: Bool = true) -> Int? {
        guard let text = string(key, required: required) else { return nil }
        guard let value = Int(text) else {
            fail(key, "expected a whole number, got \"\(text)\"", at: node(key))
            return nil
        }
        return value
    }

    /// A number.
    func double(_ key: String, required: Bool = true) -> Double? {
        guard let text = string(key, required: required) else { return nil }
        guard let value = DecimalNumber.parse(text), value.isFinite else {
            fail(key, "expected a number, got \"\(text)\"", at: node(key))
            return nil
        }
        return value
    }

    /// `true`/`false` (also yes/no); a missing optional one is `fallback`.
    func bool(_ key: String, fallback: Bool) -> Bool {
        guard let text = string(key, required: false) else { return fallback }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            fail(key, "expected true or false, got \"\(text)\"", at: node(key))
            return fallback
        }
    }

    /// An instant: ISO-8601 or `now-2h` relative to the load's anchor.
    func instant(_ key: String, required: Bool = true) -> Date? {
        guard let text = string(key, required: required) else { return nil }
        guard let date = FixtureTime.instant(text, anchor: anchor) else {
            fail(key, "expected an ISO-8601 instant with zone (2026-11-27T09:00:00Z) or now±duration, got \"\(text)\"", at: node(key))
            return nil
        }
        return date
    }

    /// A duration such as `90m`, `1h30m`, `42d`.
    func duration(_ key: String, required: Bool = true) -> TimeInterval? {
        guard let text = string(key, required: required) else { return nil }
        guard let value = DurationText.parse(text) else {
            fail(key, "expected a duration like 90m, 1h30m or 42d, got \"\(text)\"", at: node(key))
            return nil
        }
        return value
    }

    /// One of an enumeration's raw values.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, required: Bool = true) -> T? where T.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            fail(key, "unknown value \"\(text)\" (expected one of: \(allowed))", at: node(key))
            return nil
        }
        return value
    }

    /// A list of scalars; a single scalar is accepted as a one-item list.
    func strings(_ key: String) -> [String] {
        scalars(key) { scalar, _, _ in scalar.text }
    }

    /// A list of enumeration values; unknown ones are reported and skipped.
    func choices<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> [T] where T.RawValue == String {
        strings(key).compactMap { text in
            if let value = T(rawValue: text) { return value }
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            warn(key, "unknown value \"\(text)\" ignored (expected one of: \(allowed))", at: node(key))
            return nil
        }
    }

    /// A list of numbers.
    func doubles(_ key: String) -> [Double] {
        scalars(key) { scalar, field, list in
            if let value = DecimalNumber.parse(scalar.text), value.isFinite { return value }
            fail(field(), "expected a number, got \"\(scalar.text)\"", at: list)
            return nil
        }
    }

    /// The items of a list of scalars (a single scalar is a one-item list) as `convert` reads
    /// them, given each scalar, its field path (`key[3]`) and the list; items that are not
    /// scalars are reported, and so are the ones `convert` turns down, by `convert` itself.
    private func scalars<Element>(_ key: String, _ convert: (FixtureScalar, _ field: () -> String, _ list: FixtureNode) -> Element?) -> [Element] {
        guard let value = node(key) else { return [] }
        if let scalar = value.scalar {
            if scalar.text.isEmpty { return [] }
            return convert(scalar, { "\(key)[0]" }, value).map { [$0] } ?? []
        }
        guard let sequence = value.sequence else {
            fail(key, "expected a list", at: value)
            return []
        }
        var result: [Element] = []
        result.reserveCapacity(sequence.items.count)
        for (index, item) in sequence.items.enumerated() {
            guard let scalar = item.scalar else {
                fail("\(key)[\(index)]", "expected text", at: item)
                continue
            }
            if let element = convert(scalar, { "\(key)[\(index)]" }, value) { result.append(element) }
        }
        return result
    }

    /// The items of a list of mappings, each with its own reader, made one at a time as they are
    /// read so a long list is never held as readers (or, at a file's top level, as nodes) at once.
    func items(_ key: String) -> ItemReaders {
        guard let value = node(key) else { return ItemReaders(items: .built([]), parent: self, field: fieldPath.appending(key)) }
        guard let sequence = value.sequence else {
            fail(key, "expected a list", at: value)
            return ItemReaders(items: .built([]), parent: self, field: fieldPath.appending(key))
        }
        return ItemReaders(items: sequence.items, parent: self, field: fieldPath.appending(key))
    }

    /// A nested mapping's reader.
    func nested(_ key: String) -> NodeReader? {
        guard let value = node(key) else { return nil }
        return NodeReader(value, path: path, fieldPath: fieldPath.appending(key), anchor: anchor, log: log)
    }

    /// Warns about every key that no accessor asked for (an unknown field is a warning, not a failure).
    func finish() {
        for (index, entry) in mapping.entries.enumerated() where !isConsumed(index) {
            log.warning(path, entry.key.line > 0 ? entry.key.line : line, field(entry.key.text), "unknown field ignored")
        }
    }
}

/// The readers of a list's mapping items, made as they are iterated; items that are not mappings
/// are reported and skipped.
struct ItemReaders: Sequence {
    let items: FixtureItems
    let parent: NodeReader
    let field: FieldPath
    /// The list index of the first item (a part of a list keeps the whole list's numbering).
    var firstIndex = 0

    func makeIterator() -> Iterator {
        Iterator(nodes: items.makeIterator(), readers: self, index: firstIndex - 1)
    }

    /// How many items the list has (some may be skipped as not mappings).
    var count: Int { items.count }

    var underestimatedCount: Int { items.count }

    /// `Sequence.compactMap`, with the result sized once: arrays grown by doubling held up to
    /// three times their final size at the peak of a large load.
    func compactMap<Element>(_ transform: (NodeReader) throws -> Element?) rethrows -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(count)
        for reader in self {
            if let element = try transform(reader) { result.append(element) }
        }
        if case .deferred(let deferred) = items { deferred.markRead() }
        return result
    }

    /// Makes each item's reader when it is reached.
    struct Iterator: IteratorProtocol {
        var nodes: FixtureItems.Iterator
        let readers: ItemReaders
        var index: Int

        mutating func next() -> NodeReader? {
            while let node = nodes.next() {
                index += 1
                let parent = readers.parent
                if let reader = NodeReader(node, path: parent.path, fieldPath: .index(readers.field, index), anchor: parent.anchor, log: parent.log) {
                    return reader
                }
            }
            return nil
        }
    }
}
