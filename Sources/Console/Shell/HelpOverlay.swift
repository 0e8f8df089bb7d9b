import TerminalUI

/// The `?` overlay: every binding of the keymap table, by section, then how to read the screen.
enum HelpOverlay {
    static func lines(_ keymap: Keymap, glyphs: GlyphSet) -> [StyledLine] {
        var lines = keyLines(keymap)
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
            ("HEALTH \(glyphs.sortDescending)", "worst mark first (the worse of health, backup)"),
            ("(+4 cols)", "columns hidden at this width (widen, or drill in)"),
        ]
        for (sample, meaning) in legend {
            lines.append(StyledLine([Span("  " + padRight(sample, toWidth: 22), style: Style(role: .keyHintKey, attributes: .bold)), Span(meaning, style: Style(role: .overlay))]))
        }
        return lines
    }

    private static func keyLines(_ keymap: Keymap) -> [StyledLine] {
        var lines: [StyledLine] = []
        var sections: [String] = []
        for binding in keymap.bindings where !sections.contains(binding.section) { sections.append(binding.section) }
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append("") }
            lines.append(StyledLine([Span(section, style: Style(role: .title, attributes: .bold))]))
            for binding in keymap.bindings where binding.section == section {
                let keys = binding.keys.map(\.description).joined(separator: " ")
                lines.append(StyledLine([Span("  " + padRight(keys, toWidth: 22), style: Style(role: .keyHintKey, attributes: .bold)), Span(binding.help, style: Style(role: .overlay))]))
            }
        }
        return lines
    }

    static func render(_ state: AppState, keymap: Keymap, buffer: inout Buffer) {
        let screen = Rect(size: state.size)
        let overlay = Overlay(title: " Help: keys (Esc closes) ", width: min(state.size.width - 2, 96), height: state.size.height - 2, glyphs: state.glyphs)
        let inner = overlay.render(in: screen, buffer: &buffer)
        let content = lines(keymap, glyphs: state.glyphs)
        let maxScroll = max(0, content.count - inner.height)
        TextView(lines: content, scrollOffset: min(state.helpScroll, maxScroll), wraps: false, glyphs: state.glyphs)
            .render(in: inner, buffer: &buffer)
    }
}
