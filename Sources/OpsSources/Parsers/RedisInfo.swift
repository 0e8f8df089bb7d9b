import Foundation

/// The output of Redis `INFO`: `# Section` headers and `field:value` lines.
public struct RedisInfo: Sendable, Hashable {
    /// Fields by section, sections named as printed (`Server`, `Memory`, …).
    public var sections: [String: [String: String]]
    /// Every field, whatever its section (field names are unique across sections).
    public var fields: [String: String]

    /// Creates an info value.
    public init(sections: [String: [String: String]]) {
        self.sections = sections
        var fields: [String: String] = [:]
        for section in sections.values { fields.merge(section) { first, _ in first } }
        self.fields = fields
    }

    /// Name used in parse errors.
    public static let source = "redis INFO"

    /// Parses `INFO` text (CRLF or LF); throws for a Redis error reply or text with no fields at all.
    public static func parse(_ text: String) throws -> RedisInfo {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("-") || trimmed.hasPrefix("(error)") {
            throw ParseError(source: source, field: "", problem: "Redis replied with an error: \(trimmed.prefix(200))")
        }
        var sections: [String: [String: String]] = [:]
        var current = ""
        for rawLine in trimmed.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                current = line.dropFirst().trimmingCharacters(in: .whitespaces)
                sections[current, default: [:]] = sections[current] ?? [:]
                continue
            }
            // Lines that are not `field:value` are skipped: newer servers may print things this parser does not know.
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon])
            guard !name.isEmpty else { continue }
            sections[current, default: [:]][name] = String(line[line.index(after: colon)...])
        }
        let info = RedisInfo(sections: sections)
        guard !info.fields.isEmpty else { throw ParseError(source: source, field: "", problem: "no field:value lines") }
        return info
    }

    /// Parses `INFO` bytes as UTF-8.
    public static func parse(_ data: Data) throws -> RedisInfo {
        try parse(String(decoding: data, as: UTF8.self))
    }

    /// A section by name, ignoring case (`memory` finds `Memory`).
    public func section(_ name: String) -> [String: String]? {
        sections.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// A field as an integer, nil when absent or not an integer.
    public func integer(_ field: String) -> Int64? {
        fields[field].flatMap { Int64($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// `used_memory`, bytes.
    public var usedMemory: Int64? { integer("used_memory") }
    /// `maxmemory`, bytes; 0 means no limit.
    public var maxMemory: Int64? { integer("maxmemory") }
    /// `evicted_keys` since start: cumulative.
    public var evictedKeys: Int64? { integer("evicted_keys") }
    /// `connected_clients`.
    public var connectedClients: Int? { integer("connected_clients").map { Int(clamping: $0) } }
    /// `maxmemory_policy`, e.g. `allkeys-lru`.
    public var maxMemoryPolicy: String? { fields["maxmemory_policy"] }

    /// used_memory / maxmemory; nil without a limit.
    public var memoryUsageRatio: Double? {
        guard let used = usedMemory, let limit = maxMemory, limit > 0 else { return nil }
        return Double(used) / Double(limit)
    }
}
