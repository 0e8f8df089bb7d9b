/// `string` cut to at most `width` columns, ending in `ellipsis` when something was cut.
///
/// When even the ellipsis does not fit, the text is cut without one.
public func truncate(_ string: String, toWidth width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if DisplayWidth.of(string) <= width { return string }
    let ellipsisWidth = DisplayWidth.of(ellipsis)
    let room = ellipsisWidth <= width ? width - ellipsisWidth : width
    // One column per scalar (ASCII, borders, glyphs): the first `room` scalars, without walking
    // Characters; a long detail line cut per character was a fifth of a Health frame.
    if DisplayWidth.isOneColumnPerScalar(string) {
        let kept = String(string.unicodeScalars.prefix(room))
        return ellipsisWidth <= width ? kept + ellipsis : kept
    }
    var result = ""
    var used = 0
    for character in string {
        let characterWidth = DisplayWidth.of(character)
        if used + characterWidth > room { break }
        result.append(character)
        used += characterWidth
    }
    return ellipsisWidth <= width ? result + ellipsis : result
}

/// `string` followed by spaces up to `width` columns (unchanged when already as wide).
public func padRight(_ string: String, toWidth width: Int) -> String {
    let missing = width - DisplayWidth.of(string)
    return missing > 0 ? string + String(repeating: " ", count: missing) : string
}

/// `string` preceded by spaces up to `width` columns (unchanged when already as wide).
public func padLeft(_ string: String, toWidth width: Int) -> String {
    let missing = width - DisplayWidth.of(string)
    return missing > 0 ? String(repeating: " ", count: missing) + string : string
}

/// Word-wraps `text` into lines of at most `width` columns.
///
/// Paragraphs (`\n`) start new lines and blank lines are kept; runs of spaces between words
/// collapse to one; a word wider than the line is broken wherever it has to be.
public func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = DisplayWidth.of(String(word))
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if wordWidth <= width {
                line = String(word)
                lineWidth = wordWidth
                continue
            }
            for character in word {
                let characterWidth = max(DisplayWidth.of(character), 0)
                if lineWidth + characterWidth > width && lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(character)
                lineWidth += characterWidth
            }
        }
        lines.append(line)
    }
    return lines
}
