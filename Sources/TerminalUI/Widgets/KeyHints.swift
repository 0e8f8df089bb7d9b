/// One key and what it does, as shown in the key hint bar.
public struct KeyHint: Sendable, Hashable {
    /// The key's name (`q`, `Enter`, `?`).
    public var key: String
    /// What it does (`quit`).
    public var label: String

    /// Creates a hint.
    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// A row of key hints, `q quit  ? help  / filter`, showing as many whole hints as fit.
public struct KeyHints: Widget, Sendable {
    /// Hints in order of importance; later ones are left out first.
    public var hints: [KeyHint]

    /// Creates a hint bar.
    public init(_ hints: [KeyHint]) { self.hints = hints }

    /// Creates a hint bar from `(key, label)` pairs.
    public init(_ pairs: [(key: String, label: String)]) {
        self.hints = pairs.map { KeyHint(key: $0.key, label: $0.label) }
    }

    /// How many hints fit in `width` columns.
    public func fittingCount(width: Int) -> Int {
        var used = 0
        for (index, hint) in hints.enumerated() {
            let hintWidth = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label) + (index > 0 ? 2 : 0)
            if used + hintWidth > width { return index }
            used += hintWidth
        }
        return hints.count
    }

    /// Draws the hints in the first row of `rect`.
    public func render(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        buffer.fill(row, style: Style(role: .keyHint))
        var x = row.x
        for (index, hint) in hints.prefix(fittingCount(width: row.width)).enumerated() {
            if index > 0 { x += 2 }
            x += buffer.put(hint.key, x: x, y: row.y, maxWidth: row.maxX - x, style: Style(role: .keyHintKey, attributes: .bold))
            x += 1
            x += buffer.put(hint.label, x: x, y: row.y, maxWidth: max(0, row.maxX - x), style: Style(role: .keyHint))
        }
    }
}
