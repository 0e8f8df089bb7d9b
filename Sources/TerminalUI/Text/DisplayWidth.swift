/// How many terminal columns text occupies, computed in Swift from Unicode properties.
///
/// Follows what terminals do: East Asian Wide/Fullwidth characters and emoji shown as emoji take
/// two columns; combining marks, joiners, variation selectors and control characters take none.
public enum DisplayWidth {
    /// The number of columns `string` occupies.
    public static func of(_ string: String) -> Int {
        var asciiColumns = 0
        var isPrintableASCII = true
        for byte in string.utf8 {
            guard byte >= 0x20, byte < 0x7F else { isPrintableASCII = false; break }
            asciiColumns += 1
        }
        if isPrintableASCII { return asciiColumns }
        // Text of one-column scalars that never join into clusters (accented Latin, box drawing,
        // blocks, arrows, punctuation: sparklines, borders and separators) is one column per
        // scalar; walking it as Characters (grapheme breaking) was 15 % of a frame's work.
        var simpleColumns = 0
        var isSimple = true
        for scalar in string.unicodeScalars {
            guard isSimpleNarrow(scalar.value) else { isSimple = false; break }
            simpleColumns += 1
        }
        if isSimple { return simpleColumns }
        var total = 0
        for character in string { total += of(character) }
        return total
    }

    /// True when every scalar of `string` takes one column and stands alone (no clusters).
    static func isOneColumnPerScalar(_ string: String) -> Bool {
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return true }
        return string.unicodeScalars.allSatisfy { isSimpleNarrow($0.value) }
    }

    /// One column, and never part of a larger cluster (no combining marks, selectors, joiners,
    /// emoji presentation, and not the soft hyphen, which takes none): the result equals
    /// `of(Character)` for each alone. Besides the blocks, the status glyphs ✓ ✖ and the flags
    /// ⚐ ⚑ are listed: they are in most Health lines, and without them every such line was
    /// measured by grapheme breaking (13 % of a view switch).
    static func isSimpleNarrow(_ value: UInt32) -> Bool {
        switch value {
        case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2200...0x22FF,
             0x2500...0x25FC, 0x2690...0x2691, 0x2713, 0x2716:
            return true
        default:
            return false
        }
    }

    /// The number of columns a cell's cluster occupies: 0, 1 or 2.
    public static func columns(of text: CellText) -> Int {
        if text.isSingleScalar, isSimpleNarrow(text.head) { return 1 }
        return of(text.character)
    }

    /// The number of columns `character` occupies: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii != 0x7F ? 1 : 0
        }
        // One iterator for the base and the rest: `unicodeScalars.first` validated an index on
        // every call and cost more than the whole width decision.
        var scalars = character.unicodeScalars.makeIterator()
        guard let base = scalars.next() else { return 0 }
        if isZeroWidth(base) { return 0 }
        var hasEmojiSelector = false
        var hasTextSelector = false
        var hasJoiner = false
        var scalarCount = 1
        while let scalar = scalars.next() {
            scalarCount += 1
            switch scalar.value {
            case 0xFE0F: hasEmojiSelector = true
            case 0xFE0E: hasTextSelector = true
            case 0x200D: hasJoiner = true
            default: break
            }
        }
        if base.properties.isEmoji {
            if hasTextSelector { return 1 }
            if hasEmojiSelector || hasJoiner || base.properties.isEmojiPresentation { return 2 }
            // Skin-tone modifiers and keycaps make a sequence display as emoji.
            if scalarCount > 1 && base.properties.isEmojiModifierBase { return 2 }
        }
        // A flag is a pair of regional indicators; a lone one is drawn narrow.
        if (0x1F1E6...0x1F1FF).contains(base.value) { return scalarCount > 1 ? 2 : 1 }
        return isWide(base.value) ? 2 : 1
    }

    /// Scalars that occupy no column when they start a grapheme cluster.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        switch value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xFEFF,
             0xE0000...0xE0FFF, 0x1160...0x11FF:
            return true
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode EastAsianWidth.txt, W and F), outside emoji.
    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        switch value {
        case 0x1100...0x115F,      // Hangul Jamo initial consonants
             0x2329...0x232A,      // angle brackets
             0x2E80...0x303E,      // CJK radicals, Kangxi, CJK symbols and punctuation
             0x3041...0x33FF,      // kana, Bopomofo, Hangul compatibility Jamo, CJK compatibility
             0x3400...0x4DBF,      // CJK extension A
             0x4E00...0x9FFF,      // CJK unified ideographs
             0xA000...0xA4CF,      // Yi
             0xA960...0xA97F,      // Hangul Jamo extended A
             0xAC00...0xD7A3,      // Hangul syllables
             0xF900...0xFAFF,      // CJK compatibility ideographs
             0xFE10...0xFE19,      // vertical forms
             0xFE30...0xFE6F,      // CJK compatibility forms, small form variants
             0xFF00...0xFF60,      // fullwidth ASCII forms
             0xFFE0...0xFFE6,      // fullwidth signs
             0x16FE0...0x16FE4,    // ideographic symbols
             0x17000...0x18CFF,    // Tangut, Khitan
             0x1AFF0...0x1B2FF,    // kana supplements, Nushu
             0x1F200...0x1F2FF,    // enclosed ideographic supplement
             0x20000...0x2FFFD,    // CJK extensions B and later
             0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
