/// A colour scheme: every role's colours, plus attributes alone for terminals without colour.
public struct Theme: Sendable, Equatable {
    /// Short name, also the theme file's name without `.toml`.
    public var name: String
    /// One line about what the theme is for.
    public var description: String
    /// Colours and attributes by role; every role is present.
    public private(set) var styles: [Role: RoleStyle]
    /// Attributes by role for terminals without colour; every role is present.
    public private(set) var monochrome: [Role: TextAttributes]

    /// Creates a theme; a role missing from a table is drawn plain (see `missingRoles`).
    public init(name: String, description: String, styles: [Role: RoleStyle], monochrome: [Role: TextAttributes]) {
        self.name = name
        self.description = description
        self.styles = styles
        self.monochrome = monochrome
    }

    /// Roles without a colour style or a monochrome mapping; empty for every loaded or built-in theme.
    public var missingRoles: [Role] {
        Role.allCases.filter { styles[$0] == nil || monochrome[$0] == nil }
    }

    /// The colours and attributes of `role`.
    public func style(for role: Role) -> RoleStyle {
        styles[role] ?? RoleStyle()
    }

    /// The attributes `role` gets on a terminal without colour.
    public func monochromeAttributes(for role: Role) -> TextAttributes {
        monochrome[role] ?? []
    }

    /// The style of `role` as a terminal of `depth` can show it.
    public func style(for role: Role, depth: ColorDepth) -> RoleStyle {
        style(for: role).downgraded(to: depth, monochrome: monochromeAttributes(for: role))
    }

    /// `role`'s text colour on `background`'s background at `depth`, with the attributes of both.
    /// Only a real colour that differs from that background is kept: otherwise (a theme without
    /// colours, or a downgrade that lands both on one ANSI colour) the text would vanish, and
    /// `background`'s own look is used, as for any other text on it.
    public func style(for role: Role, on background: Role, depth: ColorDepth) -> RoleStyle {
        let text = style(for: role, depth: depth)
        let behind = style(for: background, depth: depth)
        guard text.foreground != .default, text.foreground != behind.background else { return behind }
        return RoleStyle(foreground: text.foreground, background: behind.background, attributes: text.attributes.union(behind.attributes))
    }

    /// The attributes `role` on `background` gets on a terminal without colour: `background`'s
    /// (attributes alone cannot show a status and a selection at once; glyph and word do).
    public func monochromeAttributes(for role: Role, on background: Role) -> TextAttributes {
        monochromeAttributes(for: background)
    }

    /// What a cell drawn in `style` looks like at `depth`: the role's style plus the cell's own attributes.
    public func resolve(_ style: Style, depth: ColorDepth) -> RoleStyle {
        var resolved = style.background.map { self.style(for: style.role, on: $0, depth: depth) } ?? self.style(for: style.role, depth: depth)
        resolved.attributes.formUnion(style.attributes)
        return resolved
    }
}
