import TerminalUI

/// What the backend needs to draw a role: colour numbers (-1 = terminal default) and attributes.
public struct NcursesRoleColors: Sendable, Hashable {
    public var foreground: Int
    public var background: Int
    /// Attributes used when colours are on.
    public var attributes: TextAttributes
    /// Attributes used when the terminal (or the user) has no colour.
    public var monochrome: TextAttributes

    public init(foreground: Int, background: Int, attributes: TextAttributes, monochrome: TextAttributes) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.monochrome = monochrome
    }
}

/// The role-to-colour table the backend draws with; built by the app from its theme and the terminal's colour depth.
public struct NcursesPalette: Sendable {
    public var roles: [Role: NcursesRoleColors]
    /// A role's text on another role's background (`Style.background`), by text role then background role.
    public var overlays: [Role: [Role: NcursesRoleColors]]
    /// False draws with attributes only (vt100, `NO_COLOR`, `--color never`).
    public var usesColor: Bool

    public init(roles: [Role: NcursesRoleColors], overlays: [Role: [Role: NcursesRoleColors]] = [:], usesColor: Bool) {
        self.roles = roles
        self.overlays = overlays
        self.usesColor = usesColor
    }
}
