import Foundation
import OpsModel
import TerminalUI

/// The marks the calendar grids draw, in Unicode or ASCII to match the glyph set, so shading
/// reads without colour and without UTF-8.
struct CalendarGlyphs {
    let freeze: String
    let softFreeze: String
    let maintenance: String
    let empty: String
    let release: String
    let flaggedRelease: String

    init(_ glyphs: GlyphSet) {
        let ascii = glyphs == .ascii
        freeze = ascii ? "#" : "█"
        softFreeze = ascii ? "~" : "▒"
        maintenance = ascii ? "=" : "░"
        empty = ascii ? "." : "·"
        release = "R"
        flaggedRelease = "!"
    }

    func mark(_ kind: WindowKind?) -> String {
        switch kind {
        case .freeze: return freeze
        case .softFreeze: return softFreeze
        case .maintenance: return maintenance
        case nil: return empty
        }
    }

    static func role(_ kind: WindowKind?) -> Role {
        switch kind {
        case .freeze: return .freezeHard
        case .softFreeze: return .freezeSoft
        case .maintenance: return .maintenance
        case nil: return .textDim
        }
    }

    /// `█ freeze ▒ soft ░ maint R release ! flagged ┃ now`, or a compact form for narrow screens.
    func legend(_ glyphs: GlyphSet, compact: Bool = false) -> [Span] {
        let words = compact ? ["frz", "soft", "mnt", "rel", "flag", "now"] : ["freeze", "soft", "maint", "release", "flagged", "now"]
        let gap = compact ? " " : "  "
        return [
            Span(freeze, role: .freezeHard), Span(" \(words[0])\(gap)", role: .textDim),
            Span(softFreeze, role: .freezeSoft), Span(" \(words[1])\(gap)", role: .textDim),
            Span(maintenance, role: .maintenance), Span(" \(words[2])\(gap)", role: .textDim),
            Span(release, role: .accent), Span(" \(words[3])\(gap)", role: .textDim),
            Span(flaggedRelease, role: .statusCrit, attributes: .bold), Span(" \(words[4])\(gap)", role: .textDim),
            Span(glyphs.nowMarker, role: .nowMarker), Span(" \(words[5])", role: .textDim),
        ]
    }
}

/// The most deploy-stopping kind among occurrences meeting `[from, to)`: freeze, then soft
/// freeze, then maintenance. It shades what is on the calendar; verdicts come from the model.
enum CalendarShading {
    static func kind(_ occurrences: [WindowOccurrence], from: Date, to: Date) -> WindowKind? {
        var found: WindowKind?
        for item in occurrences where item.occurrence.intersects(from: from, to: to) {
            switch item.kind {
            case .freeze: return .freeze
            case .softFreeze: found = .softFreeze
            case .maintenance: if found == nil { found = .maintenance }
            }
        }
        return found
    }
}
