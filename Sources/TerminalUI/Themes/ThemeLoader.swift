extension Theme {
    /// Parses a theme file's text; `path` is only used in error messages.
    ///
    /// Throws `ThemeError` for syntax errors, unknown tables, roles or keys, bad colours or
    /// attributes, and roles the file does not define.
    public static func load(text: String, path: String) throws(ThemeError) -> Theme {
        var parser = TOMLSubsetParser(text: text, path: path)
        let tables = try parser.parse()
        var name: String?
        var description = ""
        var styles: [Role: RoleStyle] = [:]
        var monochrome: [Role: TextAttributes] = [:]
        var themeTableLine: Int?
        for table in tables {
            switch table.path.count {
            case 0:
                if let entry = table.entries.first {
                    throw ThemeError(path: path, line: entry.line, message: "key '\(entry.key)' must be inside a table such as [theme]")
                }
            case 1 where table.path[0] == "theme":
                themeTableLine = table.line
                for entry in table.entries {
                    switch entry.key {
                    case "name": name = try string(entry, path: path)
                    case "description": description = try string(entry, path: path)
                    default: throw ThemeError(path: path, line: entry.line, message: "unknown key '\(entry.key)' in [theme] (known: name, description)")
                    }
                }
            case 1 where table.path[0] == "roles":
                if let entry = table.entries.first {
                    throw ThemeError(path: path, line: entry.line, message: "key '\(entry.key)' must be inside a [roles.<role>] table")
                }
            case 2 where table.path[0] == "roles":
                guard let role = Role(rawValue: table.path[1]) else {
                    throw ThemeError(path: path, line: table.line, message: "unknown role '\(table.path[1])'\(suggestion(for: table.path[1]))")
                }
                var style = RoleStyle()
                var mono: TextAttributes = []
                for entry in table.entries {
                    switch entry.key {
                    case "fg": style.foreground = try color(entry, path: path)
                    case "bg": style.background = try color(entry, path: path)
                    case "attrs": style.attributes = try attributes(entry, path: path)
                    case "mono": mono = try attributes(entry, path: path)
                    default: throw ThemeError(path: path, line: entry.line, message: "unknown key '\(entry.key)' in [roles.\(role.rawValue)] (known: fg, bg, attrs, mono)")
                    }
                }
                styles[role] = style
                monochrome[role] = mono
            default:
                throw ThemeError(path: path, line: table.line, message: "unknown table [\(table.path.joined(separator: "."))] (known: [theme], [roles.<role>])")
            }
        }
        let lastLine = text.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        guard let name else {
            throw ThemeError(path: path, line: themeTableLine ?? 1, message: "missing name: add name = \"...\" under [theme]")
        }
        let missing = Role.allCases.filter { styles[$0] == nil }
        if !missing.isEmpty {
            throw ThemeError(path: path, line: lastLine,
                             message: "theme does not define roles: \(missing.map(\.rawValue).joined(separator: ", "))")
        }
        return Theme(name: name, description: description, styles: styles, monochrome: monochrome)
    }

    /// Parses a colour: a name, `"#rrggbb"`, or a palette number 0–255 (0–15 are the basic colours).
    static func parseColor(_ value: TOMLValue) -> TerminalColor? {
        switch value {
        case .integer(let number) where (0...15).contains(number): return .ansi(number)
        case .integer(let number) where (16...255).contains(number): return .indexed(number)
        case .string(let text) where text.hasPrefix("#"):
            let hex = text.dropFirst()
            guard hex.count == 6, let packed = Int(hex, radix: 16) else { return nil }
            return TerminalColor.nearest(red: packed >> 16, green: (packed >> 8) & 0xFF, blue: packed & 0xFF)
        case .string(let text): return TerminalColor(name: text)
        default: return nil
        }
    }

    private static func string(_ entry: TOMLEntry, path: String) throws(ThemeError) -> String {
        guard case .string(let text) = entry.value else {
            throw ThemeError(path: path, line: entry.line, message: "'\(entry.key)' must be a string")
        }
        return text
    }

    private static func color(_ entry: TOMLEntry, path: String) throws(ThemeError) -> TerminalColor {
        guard let color = parseColor(entry.value) else {
            throw ThemeError(path: path, line: entry.line, message:
                "'\(entry.key)' must be a colour name (\(TerminalColor.ansiNames.joined(separator: ", ")), default), \"#rrggbb\" or a number 0–255")
        }
        return color
    }

    private static func attributes(_ entry: TOMLEntry, path: String) throws(ThemeError) -> TextAttributes {
        guard case .array(let elements) = entry.value else {
            throw ThemeError(path: path, line: entry.line, message: "'\(entry.key)' must be an array of attribute names, e.g. [\"bold\"]")
        }
        var result: TextAttributes = []
        for element in elements {
            guard case .string(let name) = element,
                  let attribute = TextAttributes.named.first(where: { $0.name == name })?.attribute else {
                throw ThemeError(path: path, line: entry.line, message:
                    "unknown attribute in '\(entry.key)' (known: \(TextAttributes.named.map(\.name).joined(separator: ", ")))")
            }
            result.insert(attribute)
        }
        return result
    }

    /// A hint for a misspelt role: the camel-case or underscore spelling's kebab form, if it exists.
    private static func suggestion(for name: String) -> String {
        var kebab = ""
        for character in name {
            if character.isUppercase { kebab += "-" + character.lowercased() } else if character == "_" { kebab += "-" } else { kebab.append(character) }
        }
        return Role(rawValue: kebab).map { "; did you mean '\($0.rawValue)'?" } ?? ""
    }
}
