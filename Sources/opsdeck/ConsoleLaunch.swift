import ArgumentParser
import Console
import Foundation
import OpsSources
import TerminalUI

/// What the console is opened with, as plain values, and the opening itself: shared by
/// `ConsoleCommand` (parsed by the command tree) and `ConsoleArguments` (read directly).
struct ConsoleLaunch: Equatable {
    var source = SourceChoice()
    var theme = "default-dark"
    var readOnly = false
    var ascii = false
    var color = "auto"
    var mouse = false
    var journalDir: String?

    /// Opens the console; throws (before the terminal is taken) for a bad colour, theme or
    /// source, and `ExitCode` when the console ends with a failure.
    func run() throws {
        guard let colorChoice = ColorChoice(rawValue: color) else {
            throw ValidationError("--color takes never, auto or always")
        }
        let fixedNow = try source.fixedNow()
        var settings = ConsoleRuntime.Settings(
            source: try source.dataSource(fixedNow: fixedNow), fixedNow: fixedNow, themeName: theme,
            readOnly: readOnly, asciiOnly: ascii, color: colorChoice,
            journal: JournalFile(directory: JournalLocation.directory(explicit: journalDir)),
            author: JournalLocation.author()
        )
        settings.mouse = mouse
        let runtime = ConsoleRuntime(settings: settings)
        // The estate is read while the themes are read and checked; a refused theme ends the
        // process before the terminal is taken, and the read with it.
        runtime.beginReading()
        let themes = ThemeCatalog.all()
        guard themes.contains(where: { $0.name == theme }) else {
            throw ValidationError("no theme \"\(theme)\"; available: \(themes.map(\.name).joined(separator: ", "))")
        }
        let code = runtime.run(themes: themes)
        if code != 0 { throw ExitCode(code) }
    }
}
