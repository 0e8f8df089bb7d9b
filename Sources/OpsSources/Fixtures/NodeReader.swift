import Foundation
import OpsModel
import Yams

/// Reads one YAML mapping of a fixture file, recording every problem with its file, line and field.
///
/// Each accessor marks its key as known; `finish()` warns about keys nobody asked for, so a
/// misspelt field is reported instead of silently ignored.
final class NodeReader {
    let mapping: Node.Mapping
    let path: String
    let fieldPath: String
    let line: Int?
    let anchor: Date
    let log: IssueLog
    private var consumed: Set<String> = []
    /// The mapping's values by key text. Yams looks keys up by resolving their YAML type with
    /// regular expressions; doing that once per mapping instead of once per field made loading
    /// 2.5 times faster (docs/performance.md). Later duplicates win, as in Yams.
    private let values: [String: Node]
    /// Set when a required field was missing or malformed: the item should be skipped.
    private(set) var failed = false

    init?(_ node: Node, path: String, fieldPath: String, anchor: Date, log: IssueLog) {
        guard let mapping = node.mapping else {
            log.error(path, NodeReader.line(of: node), fieldPath, "expected a mapping of fields")
            return nil
        }
        self.mapping = mapping
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            if let text = key.scalar?.string { values[text] = value }
        }
        self.values = values
        self.path = path
        self.fieldPath = fieldPath
        self.line = NodeReader.line(of: node)
        self.anchor = anchor
        self.log = log
    }

    /// 1-based line of a node, as editors count.
    static func line(of node: Node) -> Int? {
        node.mark.map { $0.line }
    }

    private func field(_ key: String) -> String {
        fieldPath.isEmpty ? key : "\(fieldPath).\(key)"
    }

    /// The raw node of a key, marking it known.
    func node(_ key: String) -> Node? {
        consumed.insert(key)
        return values[key]
    }

    /// Records a failed required field and marks the item skipped.
    func fail(_ key: String, _ message: String, at node: Node? = nil) {
        failed = true
        log.error(path, node.flatMap(NodeReader.line(of:)) ?? line, field(key), message)
    }

    /// Records a problem that does not stop the item from loading.
    func warn(_ key: String, _ message: String, at node: Node? = nil) {
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
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            if required { fail(key, "empty", at: value) }
            return nil
        }
        return scalar.string
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
        guard let value = Double(text), value.isFinite else {
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
        guard let value = node(key) else { return [] }
        if let scalar = value.scalar { return scalar.string.isEmpty ? [] : [scalar.string] }
        guard let sequence = value.sequence else {
            fail(key, "expected a list", at: value)
            return []
        }
        var result: [String] = []
        for (index, item) in sequence.enumerated() {
            guard let scalar = item.scalar else {
                fail("\(key)[\(index)]", "expected text", at: item)
                continue
            }
            result.append(scalar.string)
        }
        return result
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
        strings(key).enumerated().compactMap { index, text in
            if let value = Double(text), value.isFinite { return value }
            fail("\(key)[\(index)]", "expected a number, got \"\(text)\"", at: node(key))
            return nil
        }
    }

    /// The items of a list of mappings, each with its own reader.
    func items(_ key: String) -> [NodeReader] {
        guard let value = node(key) else { return [] }
        guard let sequence = value.sequence else {
            fail(key, "expected a list", at: value)
            return []
        }
        return sequence.enumerated().compactMap { index, item in
            NodeReader(item, path: path, fieldPath: field("\(key)[\(index)]"), anchor: anchor, log: log)
        }
    }

    /// A nested mapping's reader.
    func nested(_ key: String) -> NodeReader? {
        guard let value = node(key) else { return nil }
        return NodeReader(value, path: path, fieldPath: field(key), anchor: anchor, log: log)
    }

    /// Warns about every key that no accessor asked for (an unknown field is a warning, not a failure).
    func finish() {
        for (key, _) in mapping {
            guard let name = key.scalar?.string, !consumed.contains(name) else { continue }
            log.warning(path, NodeReader.line(of: key) ?? line, field(name), "unknown field ignored")
        }
    }
}
