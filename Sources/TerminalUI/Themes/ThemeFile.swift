import Foundation

extension Theme {
    /// Reads and parses the theme file at `path` (the only file I/O in TerminalUI).
    public static func load(contentsOfFile path: String) throws -> Theme {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try load(text: text, path: path)
    }
}
