import ArgumentParser
import Foundation
import OpsSources
import TerminalUI

/// `opsdeck [console]`: the full-screen console.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "console", abstract: "Open the full-screen console (the default).")

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("Colour theme: default-dark, light, high-contrast, colorblind, monochrome, or a user theme.", valueName: "name"))
    var theme: String = "default-dark"

    @Flag(name: .long, help: "Read-only mode: actions that change anything are refused.")
    var readOnly = false

    @Flag(name: .long, help: "Draw with ASCII only (also automatic when the locale is not UTF-8).")
    var ascii = false

    @Option(name: .long, help: ArgumentHelp("Colour: never, auto (honours NO_COLOR) or always.", valueName: "when"))
    var color: String = "auto"

    @Flag(name: .long, help: "Mouse: click tabs and rows, scroll with the wheel (off by default so text selection works).")
    var mouse = false

    @Option(name: .long, help: ArgumentHelp("Incident journal directory (default $XDG_STATE_HOME/opsdeck or ~/.local/state/opsdeck).", valueName: "dir"))
    var journalDir: String?

    func run() throws {
        guard let colorChoice = ColorChoice(rawValue: color) else {
            throw ValidationError("--color takes never, auto or always")
        }
        let themes = ThemeCatalog.all()
        guard themes.contains(where: { $0.name == theme }) else {
            throw ValidationError("no theme \"\(theme)\"; available: \(themes.map(\.name).joined(separator: ", "))")
        }
        var settings = ConsoleRuntime.Settings(
            source: try source.dataSource(), fixedNow: try source.fixedNow(), themeName: theme,
            readOnly: readOnly, asciiOnly: ascii, color: colorChoice,
            journal: JournalFile(directory: JournalLocation.directory(explicit: journalDir)),
            author: JournalLocation.author()
        )
        settings.mouse = mouse
        let code = ConsoleRuntime(settings: settings, themes: themes).run()
        if code != 0 { throw ExitCode(code) }
    }
}
