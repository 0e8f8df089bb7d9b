import Foundation

/// Scalars written for the fixture loader: quoted text, plain numbers, absolute instants, durations in seconds.
public enum YAMLText {
    /// A double-quoted scalar, also a valid JSON string: every character that could mean something else is escaped.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let control where control.value < 0x20 || control.value == 0x7f || (0x80...0x9f).contains(control.value) || control.value == 0xfeff || control.value == 0x2028 || control.value == 0x2029:
                result += String(format: "\\u%04X", control.value)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A number as Swift prints it: the shortest text that reads back to the same value.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// An absolute instant with milliseconds, quoted.
    static func instant(_ date: Date) -> String {
        quoted(WireTime.format(date))
    }

    /// A duration in seconds, `90s` or `0.5s`, which the loader's duration parser reads exactly.
    static func duration(_ seconds: TimeInterval) -> String {
        number(seconds) + "s"
    }

    /// A flow list of quoted strings.
    static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }
}

/// Builds one YAML document line by line, with `key: value` pairs and lists of mappings.
struct YAMLDocument {
    private(set) var lines: [String] = []

    init(kind: String) {
        lines = ["apiVersion: \(FixtureDirectory.apiVersion)", "kind: \(kind)"]
    }

    /// `key: value` at an indent (the value already rendered).
    mutating func field(_ key: String, _ value: String?, indent: Int = 0) {
        guard let value else { return }
        lines.append(String(repeating: " ", count: indent) + "\(key): \(value)")
    }

    /// `key:` before a list's items, or `key: []` when there are none (a bare `key:` would read as null).
    mutating func listKey(_ key: String, empty: Bool) {
        lines.append(empty ? "\(key): []" : "\(key):")
    }

    /// A line as given.
    mutating func raw(_ line: String) {
        lines.append(line)
    }

    /// One item of a list of mappings: the first pair after `- `, the rest aligned under it.
    mutating func item(_ pairs: [(String, String?)], indent: Int = 2) {
        var first = true
        for (key, value) in pairs {
            guard let value else { continue }
            let prefix = String(repeating: " ", count: indent) + (first ? "- " : "  ")
            lines.append(prefix + "\(key): \(value)")
            first = false
        }
    }

    var text: String { lines.joined(separator: "\n") + "\n" }
}
