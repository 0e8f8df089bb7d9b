/// How a backup set is named in reasons: its type and the last part of its label.
extension BackupSet {
    /// The label without the full it builds on: `20261122-104903F_20261122-104910D` reads `20261122-104910D`.
    public var shortLabel: String { BackupSet.shortLabel(label) }

    /// "diff 20261122-104910D": type and short label, as a person reads it.
    public var displayName: String { "\(type.rawValue) \(shortLabel)" }

    /// The last `_`-separated part of a pgBackRest label.
    public static func shortLabel(_ label: String) -> String {
        let bytes = label.utf8
        // Labels are ASCII and read by bytes (splitting by characters cost the overview of a
        // large estate ~10,000 instructions a backup); any other text is split as characters.
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return label.split(separator: "_").last.map(String.init) ?? label }
        guard let last = bytes.lastIndex(where: { $0 != UInt8(ascii: "_") }) else { return label }
        let first = bytes[..<last].lastIndex(of: UInt8(ascii: "_")).map { bytes.index(after: $0) } ?? bytes.startIndex
        return String(label[first...last])
    }

    /// The type a pgBackRest label encodes in its last letter (F, D, I), for backups no longer present.
    public static func typeEncoded(in label: String) -> BackupType? {
        switch shortLabel(label).last {
        case "F": return .full
        case "D": return .diff
        case "I": return .incr
        default: return nil
        }
    }
}
