extension Theme {
    /// The theme as a theme file, every role spelled out; a starting point for a user's own theme.
    public func tomlText() -> String {
        var lines = [
            "# opsdeck colour theme. Format: docs/themes.md",
            "",
            "[theme]",
            "name = \(Self.quoted(name))",
            "description = \(Self.quoted(description))",
        ]
        for role in Role.allCases {
            let style = style(for: role)
            lines += [
                "",
                "# \(role.summary)",
                "[roles.\(role.rawValue)]",
                "fg = \(Self.colorText(style.foreground))",
                "bg = \(Self.colorText(style.background))",
                "attrs = \(Self.attributesText(style.attributes))",
                "mono = \(Self.attributesText(monochromeAttributes(for: role)))",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func colorText(_ color: TerminalColor) -> String {
        switch color {
        case .default: "\"default\""
        case .ansi(let number) where TerminalColor.ansiNames.indices.contains(number): "\"\(TerminalColor.ansiNames[number])\""
        case .ansi(let number), .indexed(let number): String(number)
        }
    }

    private static func attributesText(_ attributes: TextAttributes) -> String {
        "[" + attributes.names.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
