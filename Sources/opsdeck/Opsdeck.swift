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
}
