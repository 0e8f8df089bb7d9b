/// A piece of text after filling placeholders.
public enum FilledSegment: Sendable, Hashable {
    /// Text that was not a placeholder.
    case text(String)
    /// A placeholder and the value it was filled with.
    case value(key: String, value: String)
    /// A placeholder with no value: shown as a marker, never as blank.
    case missing(key: String)
}

/// Fills `{{env.id}}`-style placeholders from a context.
public enum PlaceholderFiller {
    /// The text split into plain text, filled values and missing markers.
    public static func segments(_ text: String, context: PlaceholderContext) -> [FilledSegment] {
        var segments: [FilledSegment] = []
        var rest = Substring(text)
        func appendText(_ text: Substring) {
            guard !text.isEmpty else { return }
            if case .text(let previous)? = segments.last {
                segments[segments.count - 1] = .text(previous + text)
            } else {
                segments.append(.text(String(text)))
            }
        }
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let key = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard isKey(key) else {
                appendText(rest[..<open.upperBound])
                rest = rest[open.upperBound...]
                continue
            }
            appendText(rest[..<open.lowerBound])
            if let value = context.value(for: key) {
                segments.append(.value(key: key, value: value))
            } else {
                segments.append(.missing(key: key))
            }
            rest = rest[close.upperBound...]
        }
        appendText(rest)
        return segments
    }

    /// The text with placeholders filled and missing ones replaced by a visible marker.
    public static func fill(_ text: String, context: PlaceholderContext, ascii: Bool = false) -> String {
        segments(text, context: context).map { segment in
            switch segment {
            case .text(let text): return text
            case .value(_, let value): return value
            case .missing(let key): return missingMarker(key, ascii: ascii)
            }
        }.joined()
    }

    /// `⟨missing: env.foo⟩`, or `<missing: env.foo>` in ASCII: unmistakable in a copied command,
    /// which then fails in the shell instead of running with a blank.
    public static func missingMarker(_ key: String, ascii: Bool = false) -> String {
        ascii ? "<missing: \(key)>" : "⟨missing: \(key)⟩"
    }

    /// The placeholder keys a text uses, in order of first use.
    public static func keys(in text: String) -> [String] {
        var seen: [String] = []
        for case .missing(let key) in segments(text, context: .empty) where !seen.contains(key) {
            seen.append(key)
        }
        return seen
    }

    private static func isKey(_ key: String) -> Bool {
        !key.isEmpty && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }
}
