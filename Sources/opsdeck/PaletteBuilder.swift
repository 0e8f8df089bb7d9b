import TerminalUI
import TerminalUINcurses

/// Turns a theme and the terminal's colour depth into what the ncurses backend draws with.
enum PaletteBuilder {
    static func palette(theme: Theme, depth: ColorDepth) -> NcursesPalette {
        var roles: [Role: NcursesRoleColors] = [:]
        for role in Role.allCases {
            let style = theme.style(for: role, depth: depth)
            roles[role] = NcursesRoleColors(
                foreground: style.foreground.paletteIndex ?? -1,
                background: style.background.paletteIndex ?? -1,
                attributes: style.attributes,
                monochrome: theme.monochromeAttributes(for: role)
            )
        }
        var overlays: [Role: [Role: NcursesRoleColors]] = [:]
        for role in Role.keepsColourWhenSelected {
            for background in Role.selections {
                let style = theme.style(for: role, on: background, depth: depth)
                overlays[role, default: [:]][background] = NcursesRoleColors(
                    foreground: style.foreground.paletteIndex ?? -1,
                    background: style.background.paletteIndex ?? -1,
                    attributes: style.attributes,
                    monochrome: theme.monochromeAttributes(for: role, on: background)
                )
            }
        }
        return NcursesPalette(roles: roles, overlays: overlays, usesColor: depth != .none)
    }

    /// The depth to draw with: what the terminal has, limited by `--color` and `NO_COLOR`.
    static func depth(colors: Int, choice: ColorChoice, environment: [String: String]) -> ColorDepth {
        if choice == .never { return .none }
        if choice == .auto, let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        switch colors {
        case 256...: return .twoFiftySix
        case 16...: return .sixteen
        case 8...: return .eight
        default: return choice == .always ? .eight : .none
        }
    }
}

/// `--color never|auto|always`.
enum ColorChoice: String, CaseIterable {
    case never, auto, always
}
