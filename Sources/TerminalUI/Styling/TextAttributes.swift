/// Terminal text attributes that can be combined, independent of colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    /// The attribute bits.
    public let rawValue: UInt8

    /// Creates attributes from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Heavier or brighter text.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Fainter text.
    public static let dim = TextAttributes(rawValue: 1 << 1)
    /// Foreground and background swapped.
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    /// Underlined text.
    public static let underline = TextAttributes(rawValue: 1 << 3)
    /// Slanted text (many terminals ignore it, so never rely on it alone).
    public static let italic = TextAttributes(rawValue: 1 << 4)

    /// Every attribute with the name used for it in theme files, in a stable order.
    public static let named: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline), ("italic", .italic),
    ]

    /// The theme-file names of the attributes in this set, in a stable order.
    public var names: [String] {
        Self.named.filter { contains($0.attribute) }.map(\.name)
    }
}
