import Foundation
import OpsSources
import TerminalUI

/// The themes a user can pick: the built-in ones, then user themes from the config directory.
enum ThemeCatalog {
    static func all() -> [Theme] {
        var themes = Theme.builtIn
        let directory = configDirectory().appendingPathComponent("themes")
        let names = (DirectoryListing.names(atPath: directory.path) ?? []).sorted()
        for name in names where name.hasSuffix(".toml") {
            let path = directory.appendingPathComponent(name).path
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            do {
                let theme = try Theme.load(text: text, path: path)
                themes.removeAll { $0.name == theme.name }
                themes.append(theme)
            } catch {
                FileHandle.standardError.write(Data("opsdeck: theme skipped: \(error)\n".utf8))
            }
        }
        return themes
    }

    /// `$XDG_CONFIG_HOME/opsdeck`, else `~/.config/opsdeck`.
    static func configDirectory() -> URL {
        if let base = ProcessEnvironment.variables["XDG_CONFIG_HOME"], !base.isEmpty {
            return URL(fileURLWithPath: base).appendingPathComponent("opsdeck")
        }
        return URL(fileURLWithPath: ProcessEnvironment.home()).appendingPathComponent(".config/opsdeck")
    }
}
