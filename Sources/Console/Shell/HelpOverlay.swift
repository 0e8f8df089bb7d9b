import TerminalUI

/// The `?` overlay: every binding of the keymap table, by section.
enum HelpOverlay {
    static func lines(_ keymap: Keymap) -> [StyledLine] {
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
        let content = lines(keymap)
        let maxScroll = max(0, content.count - inner.height)
        TextView(lines: content, scrollOffset: min(state.helpScroll, maxScroll), wraps: false, glyphs: state.glyphs)
            .render(in: inner, buffer: &buffer)
    }
}
