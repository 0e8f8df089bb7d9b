import OpsModel
import TerminalUI

/// Line builders shared by the list's preview and the detail pane.
enum BackupsLines {
    /// Width of the status column in front of a reason (`? unknown` is the widest).
    static let statusWidth = 9

    /// The separator between facts on one line: a middle dot, or a hyphen when the glyph set is ASCII.
    static func dot(_ glyphs: GlyphSet) -> String {
        glyphs.horizontal.unicodeScalars.allSatisfy(\.isASCII) ? " - " : " · "
    }

    /// A reason as `✖ crit    message`, the message wrapped under itself so the status column stays clear.
    static func reason(_ reason: Reason, glyphs: GlyphSet, width: Int, indent: Int = 0) -> [StyledLine] {
        let status = StatusText.span(reason.status, glyphs)
        let lead = String(repeating: " ", count: indent)
        let textWidth = max(10, width - indent - statusWidth - 1)
        return wrap(reason.message, width: textWidth).enumerated().map { index, text in
            let head = index == 0
                ? Span(padRight(status.text, toWidth: statusWidth), style: status.style)
                : Span(String(repeating: " ", count: statusWidth))
            return StyledLine([Span(lead), head, Span(" " + text)])
        }
    }

    /// `  label     value`: a labelled fact, the value wrapped under itself.
    static func fact(_ label: String, _ value: [Span], width: Int, labelWidth: Int = 16) -> [StyledLine] {
        let lead = "  " + padRight(label, toWidth: labelWidth) + " "
        let available = max(10, width - DisplayWidth.of(lead))
        let wrapped = StyledLine(value).wrapped(toWidth: available)
        return wrapped.enumerated().map { index, line in
            StyledLine([Span(index == 0 ? lead : String(repeating: " ", count: DisplayWidth.of(lead)), style: Style(role: .textDim))] + line.spans)
        }
    }
}
