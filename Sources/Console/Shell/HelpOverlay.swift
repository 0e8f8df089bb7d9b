import TerminalUI

/// The `?` overlay: every binding of the keymap table, by section, then how to read the screen.
enum HelpOverlay {
    /// The overlay's lines for a text area `width` cells wide: a meaning too long for it goes on
    /// under itself, at its own column, rather than being cut (80 columns cut six of them).
    static func lines(_ keymap: Keymap, glyphs: GlyphSet, width: Int = .max) -> [StyledLine] {
        var lines = keyLines(keymap, width: width)
        lines.append("")
        lines.append(StyledLine([Span("Reading the screen", style: Style(role: .title, attributes: .bold))]))
        // The cells that a newcomer misread: a freeze's time is what is left of it, not its age.
        let legend: [(String, String)] = [
            ("\(glyphs.statusCrit) \(glyphs.statusWarn) \(glyphs.statusUnknown) \(glyphs.statusOK)", "crit, warn, unknown (never counted as ok), ok"),
            ("\(glyphs.statusCrit) frozen 38d", "a freeze holds deploys; 38d is the time left in it"),
            ("\(glyphs.statusWarn) soft 2d", "soft freeze: deploys need an approval; 2d left"),
            ("\(glyphs.statusWarn) closed 3h", "outside the maintenance window; it opens in 3h"),
            ("\(glyphs.statusOK) open", "deploys are allowed now"),
            ("data 12s old, 14m", "how old a value is; past its limit it turns unknown"),
            ("RELEASE  AGE 48m", "the running release, deployed 48m ago"),
            ("\(glyphs.sortDescending) ENVIRONMENT", "sorted by the mark, worst first: the worst of health, backups and open incidents (s sorts by the next column)"),
            ("(+4 cols)", "columns hidden at this width (widen, or drill in)"),
        ]
        for (sample, meaning) in legend {
            lines += entry(sample, meaning, width: width)
        }
        return lines
    }

    /// One key or sample and its meaning, the meaning wrapped at spaces under its own column.
    private static func entry(_ keys: String, _ meaning: String, width: Int) -> [StyledLine] {
        let indent = 24
        let keyStyle = Style(role: .keyHintKey, attributes: .bold)
        return wrap(meaning, width: max(1, width - indent)).enumerated().map { index, text in
            let head = index == 0 ? "  " + padRight(keys, toWidth: indent - 2) : String(repeating: " ", count: indent)
            return StyledLine([Span(head, style: keyStyle), Span(text, style: Style(role: .overlay))])
        }
    }

    private static func keyLines(_ keymap: Keymap, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        var sections: [String] = []
        for binding in keymap.bindings where !sections.contains(binding.section) { sections.append(binding.section) }
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append("") }
            lines.append(StyledLine([Span(section, style: Style(role: .title, attributes: .bold))]))
            for binding in keymap.bindings where binding.section == section {
                lines += entry(binding.keys.map(\.description).joined(separator: " "), binding.help, width: width)
            }
        }
        return lines
    }

    static func render(_ state: AppState, keymap: Keymap, buffer: inout Buffer) {
        let screen = Rect(size: state.size)
        let overlay = Overlay(title: " Help: keys (Esc closes) ", width: min(state.size.width - 2, 96), height: state.size.height - 2, glyphs: state.glyphs)
        let inner = overlay.render(in: screen, buffer: &buffer)
        let content = lines(keymap, glyphs: state.glyphs, width: inner.width)
        let maxScroll = max(0, content.count - inner.height)
        TextView(lines: content, scrollOffset: min(state.helpScroll, maxScroll), wraps: false, glyphs: state.glyphs)
            .render(in: inner, buffer: &buffer)
    }
}
