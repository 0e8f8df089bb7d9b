import ArgumentParser
import Foundation

/// `opsdeck [console]`: the full-screen console.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "console", abstract: "Open the full-screen console (the default).")

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("Colour theme: default-dark, light, high-contrast, colorblind, monochrome, or a user theme.", valueName: "name"))
    var theme: String = ConsoleLaunch().theme

    @Flag(name: .long, help: "Read-only mode: actions that change anything are refused.")
    var readOnly = false

    @Flag(name: .long, help: "Draw with ASCII only (also automatic when the locale is not UTF-8).")
    var ascii = false

    @Option(name: .long, help: ArgumentHelp("Colour: never, auto (honours NO_COLOR) or always.", valueName: "when"))
    var color: String = ConsoleLaunch().color

    @Flag(name: .long, help: "Mouse: click tabs and rows, scroll with the wheel (off by default so text selection works).")
    var mouse = false

    @Option(name: .long, help: ArgumentHelp("Incident journal directory (default $XDG_STATE_HOME/opsdeck or ~/.local/state/opsdeck).", valueName: "dir"))
    var journalDir: String?

    /// The options as plain values.
    var launch: ConsoleLaunch {
        ConsoleLaunch(source: source.choice, theme: theme, readOnly: readOnly, ascii: ascii, color: color, mouse: mouse, journalDir: journalDir)
    }

    func run() throws {
        try launch.run()
    }
}
