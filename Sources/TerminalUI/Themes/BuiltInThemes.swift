/// Shorthand for the theme tables below: a palette entry, a basic colour by number.
private func c(_ index: Int) -> TerminalColor { .indexed(index) }
private func ansi(_ number: Int) -> TerminalColor { .ansi(number) }
private func s(_ foreground: TerminalColor, _ background: TerminalColor = .default, _ attributes: TextAttributes = []) -> RoleStyle {
    RoleStyle(foreground: foreground, background: background, attributes: attributes)
}

extension Theme {
    /// Every built-in theme; the files in `themes/` are kept identical to these by a test.
    public static let builtIn: [Theme] = [defaultDark, light, highContrast, colorblind, monochromeTheme]

    /// The built-in theme called `name`, if any.
    public static func builtIn(named name: String) -> Theme? {
        builtIn.first { $0.name == name }
    }

    /// Attributes per role on terminals without colour, shared by the built-in themes so that
    /// status, selection and freezes stay distinguishable (status glyphs and words do the rest).
    public static let standardMonochrome: [Role: TextAttributes] = [
        .text: [], .textDim: [.dim], .emphasis: [.bold], .title: [.bold], .header: [.bold, .underline],
        .border: [], .tabActive: [.bold, .reverse], .tabInactive: [], .statusBar: [.reverse],
        .statusBarAccent: [.bold, .reverse], .selection: [.reverse], .selectionInactive: [.underline],
        .statusOK: [], .statusWarn: [.bold], .statusCrit: [.bold, .reverse], .statusUnknown: [.dim],
        .freezeHard: [.reverse], .freezeSoft: [.underline], .maintenance: [.dim, .underline],
        .nowMarker: [.bold, .reverse], .accent: [.bold], .keyHint: [], .keyHintKey: [.bold],
        .error: [.bold, .reverse], .stale: [.dim], .changed: [.underline], .sparkline: [], .link: [.underline],
        .code: [], .badge: [.reverse], .overlay: [], .inputLine: [], .groupHeader: [.bold, .underline],
    ]

    /// 256 colours for dark terminals; the default.
    public static let defaultDark = Theme(
        name: "default-dark", description: "256 colours on a dark background (the default)",
        styles: [
            .text: s(.default), .textDim: s(c(245)), .emphasis: s(ansi(15), .default, .bold),
            .title: s(c(75), .default, .bold), .header: s(c(252), c(236), .bold), .border: s(c(240)),
            .tabActive: s(ansi(0), c(75), .bold), .tabInactive: s(c(250), c(237)),
            .statusBar: s(c(252), c(237)), .statusBarAccent: s(c(220), c(237), .bold),
            .selection: s(c(231), c(24)), .selectionInactive: s(c(252), c(238)),
            .statusOK: s(c(71)), .statusWarn: s(c(214)), .statusCrit: s(c(203), .default, .bold), .statusUnknown: s(c(244)),
            .freezeHard: s(c(231), c(124), .bold), .freezeSoft: s(ansi(0), c(178)), .maintenance: s(c(231), c(61)),
            .nowMarker: s(c(201), .default, .bold), .accent: s(c(75)), .keyHint: s(c(246)), .keyHintKey: s(c(75), .default, .bold),
            .error: s(c(203), .default, .bold), .stale: s(c(180), .default, .italic), .changed: s(c(81), .default, .bold),
            .sparkline: s(c(74)), .link: s(c(39), .default, .underline), .code: s(c(150)), .badge: s(ansi(0), c(245)),
            .overlay: s(c(252), c(235)), .inputLine: s(c(231), c(236)), .groupHeader: s(c(180), .default, .bold),
        ],
        monochrome: standardMonochrome)

    /// 256 colours for light terminals.
    public static let light = Theme(
        name: "light", description: "256 colours on a light background",
        styles: [
            .text: s(.default), .textDim: s(c(242)), .emphasis: s(c(16), .default, .bold),
            .title: s(c(25), .default, .bold), .header: s(c(235), c(253), .bold), .border: s(c(247)),
            .tabActive: s(c(231), c(25), .bold), .tabInactive: s(c(238), c(253)),
            .statusBar: s(c(235), c(252)), .statusBarAccent: s(c(88), c(252), .bold),
            .selection: s(c(16), c(153)), .selectionInactive: s(c(16), c(254)),
            .statusOK: s(c(28)), .statusWarn: s(c(130)), .statusCrit: s(c(160), .default, .bold), .statusUnknown: s(c(244)),
            .freezeHard: s(c(231), c(160), .bold), .freezeSoft: s(c(16), c(222)), .maintenance: s(c(16), c(183)),
            .nowMarker: s(c(163), .default, .bold), .accent: s(c(25)), .keyHint: s(c(242)), .keyHintKey: s(c(25), .default, .bold),
            .error: s(c(160), .default, .bold), .stale: s(c(94), .default, .italic), .changed: s(c(31), .default, .bold),
            .sparkline: s(c(31)), .link: s(c(26), .default, .underline), .code: s(c(22)), .badge: s(c(231), c(242)),
            .overlay: s(c(16), c(255)), .inputLine: s(c(16), c(254)), .groupHeader: s(c(94), .default, .bold),
        ],
        monochrome: standardMonochrome)

    /// The 16 basic colours, bright and bold, for projectors, low vision and poor terminals.
    public static let highContrast = Theme(
        name: "high-contrast", description: "16 basic colours, bright and bold, for maximum legibility",
        styles: [
            .text: s(ansi(15)), .textDim: s(ansi(7)), .emphasis: s(ansi(11), .default, .bold),
            .title: s(ansi(14), .default, .bold), .header: s(ansi(0), ansi(15), .bold), .border: s(ansi(15)),
            .tabActive: s(ansi(0), ansi(11), .bold), .tabInactive: s(ansi(15), ansi(0)),
            .statusBar: s(ansi(0), ansi(7)), .statusBarAccent: s(ansi(0), ansi(11), .bold),
            .selection: s(ansi(0), ansi(14), .bold), .selectionInactive: s(ansi(0), ansi(7)),
            .statusOK: s(ansi(10), .default, .bold), .statusWarn: s(ansi(11), .default, .bold),
            .statusCrit: s(ansi(15), ansi(1), .bold), .statusUnknown: s(ansi(13)),
            .freezeHard: s(ansi(15), ansi(1), .bold), .freezeSoft: s(ansi(0), ansi(11)), .maintenance: s(ansi(0), ansi(13)),
            .nowMarker: s(ansi(13), .default, .bold), .accent: s(ansi(14)), .keyHint: s(ansi(15)), .keyHintKey: s(ansi(11), .default, .bold),
            .error: s(ansi(15), ansi(1), .bold), .stale: s(ansi(3), .default, .underline), .changed: s(ansi(14), .default, .bold),
            .sparkline: s(ansi(14)), .link: s(ansi(14), .default, .underline), .code: s(ansi(10)), .badge: s(ansi(0), ansi(15)),
            .overlay: s(ansi(15), ansi(4)), .inputLine: s(ansi(15), ansi(4)), .groupHeader: s(ansi(11), .default, [.bold, .underline]),
        ],
        monochrome: standardMonochrome)

    /// Status told apart without red against green: blue is fine, yellow warns, orange fills critical.
    public static let colorblind = Theme(
        name: "colorblind", description: "dark background; status in blue, yellow and orange, never red against green",
        styles: [
            .text: s(.default), .textDim: s(c(245)), .emphasis: s(ansi(15), .default, .bold),
            .title: s(c(74), .default, .bold), .header: s(c(252), c(236), .bold), .border: s(c(240)),
            .tabActive: s(ansi(0), c(74), .bold), .tabInactive: s(c(250), c(237)),
            .statusBar: s(c(252), c(237)), .statusBarAccent: s(c(227), c(237), .bold),
            .selection: s(c(231), c(25)), .selectionInactive: s(c(252), c(238)),
            .statusOK: s(c(74)), .statusWarn: s(c(227), .default, .bold), .statusCrit: s(c(16), c(208), .bold), .statusUnknown: s(c(250)),
            .freezeHard: s(c(16), c(208), .bold), .freezeSoft: s(c(16), c(227)), .maintenance: s(c(231), c(25)),
            .nowMarker: s(c(175), .default, .bold), .accent: s(c(74)), .keyHint: s(c(246)), .keyHintKey: s(c(74), .default, .bold),
            .error: s(c(208), .default, .bold), .stale: s(c(180), .default, .italic), .changed: s(c(117), .default, .bold),
            .sparkline: s(c(74)), .link: s(c(117), .default, .underline), .code: s(c(187)), .badge: s(ansi(0), c(245)),
            .overlay: s(c(252), c(235)), .inputLine: s(c(231), c(236)), .groupHeader: s(c(180), .default, .bold),
        ],
        monochrome: standardMonochrome)

    /// No colour at all, only attributes, whatever the terminal supports.
    public static let monochromeTheme = Theme(
        name: "monochrome", description: "attributes only (bold, reverse, underline, dim), no colour",
        styles: standardMonochrome.mapValues { RoleStyle(attributes: $0) },
        monochrome: standardMonochrome)
}
