import ArgumentParser
import Foundation

/// The `opsdeck` command: the console by default, plus plain commands for scripts.
@main
struct Opsdeck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opsdeck",
        abstract: "A terminal operations console for retail Odoo platforms.",
        discussion: "With no command, opens the full-screen console on the bundled demo estate.",
        version: "opsdeck 0.1.0",
        subcommands: [
            ConsoleCommand.self, StatusCommand.self, HealthCommand.self, CheckCommand.self, CalendarCommand.self,
            BackupsCommand.self, RunbooksCommand.self, JournalCommand.self, SnapshotCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self
    )

    /// Opens the console straight from its own options when `ConsoleArguments` reads them all;
    /// everything else goes through the command tree.
    static func main() {
        guard let launch = ConsoleArguments.launch(Array(CommandLine.arguments.dropFirst())) else {
            main(nil)
            return
        }
        do {
            try launch.run()
        } catch let code as ExitCode {
            // The console has said why on standard error; the tree's exit would build its help
            // text to print nothing.
            Foundation.exit(code.rawValue)
        } catch {
            // Refused before the terminal was taken (a colour, clock, theme or source): reported
            // as the command tree reports an error thrown by a command, without running it again
            // (an agent source's token warnings would then be printed twice).
            exit(withError: error)
        }
    }
}
