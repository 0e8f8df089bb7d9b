import OpsModel
import TerminalUI

/// Status as glyph and word with its role: never told by colour alone.
public enum StatusText {
    /// The glyph for a status in the current glyph set.
    public static func glyph(_ status: Status, _ glyphs: GlyphSet) -> String {
        switch status {
        case .ok: return glyphs.statusOK
        case .warn: return glyphs.statusWarn
        case .crit: return glyphs.statusCrit
        case .unknown: return glyphs.statusUnknown
        }
    }

    /// The colour role of a status.
    public static func role(_ status: Status) -> Role {
        switch status {
        case .ok: return .statusOK
        case .warn: return .statusWarn
        case .crit: return .statusCrit
        case .unknown: return .statusUnknown
        }
    }

    /// `✖ crit` styled for the status.
    public static func span(_ status: Status, _ glyphs: GlyphSet, suffix: String = "") -> Span {
        Span("\(glyph(status, glyphs)) \(status.rawValue)\(suffix)", style: style(status))
    }

    /// The style of a status (crit is also bold so it stands out without colour).
    public static func style(_ status: Status) -> Style {
        Style(role: role(status), attributes: status == .crit ? .bold : [])
    }
}
