import TerminalUI

/// Symbols the Health view needs beyond the shared glyph set, with ASCII fallbacks.
enum HealthGlyphs {
    /// True for a glyph set drawn in seven-bit ASCII (the status marks tell).
    static func isASCII(_ glyphs: GlyphSet) -> Bool {
        glyphs.statusCrit.unicodeScalars.allSatisfy(\.isASCII)
    }

    /// The suspect-change flag: `⚑`, or `!!` without UTF-8.
    static func suspect(_ glyphs: GlyphSet) -> String { isASCII(glyphs) ? "!!" : "⚑" }

    /// The sparkline of a series as text, newest right, padded on the left to `width`.
    static func sparkline(_ values: [Double], width: Int, glyphs: GlyphSet) -> String {
        guard width > 0, !glyphs.sparklineLevels.isEmpty else { return "" }
        let shown = Array(values.suffix(width))
        let levels = Sparkline.levels(for: shown.map { Optional($0) })
        let count = glyphs.sparklineLevels.count
        let text = levels.map { level in
            level.map { glyphs.sparklineLevels[min($0 * count / 8, count - 1)] } ?? " "
        }.joined()
        return String(repeating: " ", count: width - shown.count) + text
    }
}
