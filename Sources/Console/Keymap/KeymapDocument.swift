/// Renders the keymap as Markdown: docs/keys.md is this text, checked by a test.
public enum KeymapDocument {
    /// The Markdown page listing every binding by section.
    public static func markdown(_ keymap: Keymap = .standard) -> String {
        var lines = [
            "# Keys",
            "",
            "Generated from the console's keymap table (`Sources/Console/Keymap/Keymap.swift`);",
            "the `?` overlay shows the same list. Re-generate with `OPSDECK_RECORD=1 swift test --filter KeymapDocumentTests`.",
        ]
        var sections: [String] = []
        for binding in keymap.bindings where !sections.contains(binding.section) {
            sections.append(binding.section)
        }
        for section in sections {
            lines += ["", "## \(section)", "", "| keys | action |", "|---|---|"]
            for binding in keymap.bindings where binding.section == section {
                let keys = binding.keys.map { "`\(markdownKey($0))`" }.joined(separator: " ")
                lines.append("| \(keys) | \(binding.help) |")
            }
        }
        lines += [
            "",
            "## While typing a filter or a command",
            "",
            "| keys | action |",
            "|---|---|",
            "| `Enter` | keep the filter / run the command |",
            "| `Esc` | clear the filter / close the command line |",
            "| `Tab` | complete the command or environment id |",
            "| `Backspace` | delete the last character |",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func markdownKey(_ key: Key) -> String {
        key.description == "|" ? "\\|" : key.description
    }
}

import TerminalUI
