/// A terminal colour as the terminal understands it.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own default foreground or background.
    case `default`
    /// One of the 16 basic colours (0–7 normal, 8–15 bright), which users' palettes may redefine.
    case ansi(Int)
    /// An entry of the 256-colour palette.
    case indexed(Int)

    /// Theme-file names of the 16 basic colours, by number.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// The colour for a theme-file name (`red`, `bright-blue`, `default`, `gray`), if known.
    public init?(name: String) {
        let lowered = name.lowercased()
        if lowered == "default" { self = .default; return }
        if lowered == "gray" || lowered == "grey" { self = .ansi(8); return }
        guard let number = Self.ansiNames.firstIndex(of: lowered) else { return nil }
        self = .ansi(number)
    }

    /// The palette entry nearest to a 24-bit colour, from the 6x6x6 cube and the grey ramp.
    ///
    /// Entries 0–15 are skipped because users' palettes commonly redefine them.
    public static func nearest(red: Int, green: Int, blue: Int) -> TerminalColor {
        let best = (16...255).min { first, second in
            Self.distance(Self.rgb(ofIndex: first), (red, green, blue))
                < Self.distance(Self.rgb(ofIndex: second), (red, green, blue))
        }!
        return .indexed(best)
    }

    /// This colour as a terminal of `depth` can show it.
    public func downgraded(to depth: ColorDepth) -> TerminalColor {
        switch (self, depth) {
        case (.default, _), (_, .twoFiftySix): return self
        case (_, .none): return .default
        case (.ansi(let number), .sixteen): return .ansi(number)
        case (.indexed(let index), .sixteen): return .ansi(Self.nearestBasic(to: Self.rgb(ofIndex: index), among: 0..<16))
        case (.ansi(let number), .eight): return .ansi(number < 8 ? number : Self.nearestBasic(to: Self.rgb(ofIndex: number), among: 0..<8))
        case (.indexed(let index), .eight): return .ansi(Self.nearestBasic(to: Self.rgb(ofIndex: index), among: 0..<8))
        }
    }

    /// The palette number, for backends: `ansi(n)` and `indexed(n)` both give `n`; nil for the default.
    public var paletteIndex: Int? {
        switch self {
        case .default: nil
        case .ansi(let number), .indexed(let number): number
        }
    }

    /// Red, green and blue of a palette entry in xterm's default palette.
    static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        let basic = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        switch index {
        case ..<16: return basic[max(0, index)]
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let cube = index - 16
            return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
        default:
            let grey = 8 + 10 * (min(index, 255) - 232)
            return (grey, grey, grey)
        }
    }

    /// The nearest basic colour of the same kind: a grey goes to black, grey or white and a colour
    /// to a colour. Plain nearest-RGB turned the default theme's green "ok" into the grey of
    /// "unknown" at 16 colours, and its grey "unknown" into the yellow of "warn" at 8.
    private static func nearestBasic(to color: (Int, Int, Int), among candidates: Range<Int>) -> Int {
        let greys: Set<Int> = [0, 7, 8, 15]
        let wantsGrey = isGrey(color)
        let sameKind = candidates.filter { greys.contains($0) == wantsGrey }
        let pool = sameKind.isEmpty ? Array(candidates) : sameKind
        return pool.min { distance(rgb(ofIndex: $0), color) < distance(rgb(ofIndex: $1), color) }!
    }

    private static func isGrey(_ color: (Int, Int, Int)) -> Bool {
        max(color.0, color.1, color.2) - min(color.0, color.1, color.2) < 40
    }

    private static func distance(_ first: (Int, Int, Int), _ second: (Int, Int, Int)) -> Int {
        let red = first.0 - second.0, green = first.1 - second.1, blue = first.2 - second.2
        return red * red + green * green + blue * blue
    }
}

/// How many colours the terminal can show.
public enum ColorDepth: Sendable, Hashable, CaseIterable {
    /// No colour: attributes only.
    case none
    /// The 8 basic colours.
    case eight
    /// The 16 basic and bright colours.
    case sixteen
    /// The 256-colour palette.
    case twoFiftySix

    /// The depth for a terminal reporting `colors` colours (ncurses `COLORS`).
    public init(colorCount colors: Int) {
        switch colors {
        case 256...: self = .twoFiftySix
        case 16...: self = .sixteen
        case 8...: self = .eight
        default: self = .none
        }
    }
}
