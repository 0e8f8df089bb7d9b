import ArgumentParser
import Console
import Foundation
import TerminalUI

/// `opsdeck check`: the deploy gate for CI pipelines.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "May this environment be deployed at that time? (exit 0 go, 1 no-go, 2 needs approval, 3 bad input or data)",
        discussion: """
        The calendar is judged at --at; the backup, restore, health and incident guardrails on the \
        data as of the clock (--now, or the system clock). Non-production tiers apply only the calendar.
        """
    )

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("The environment to deploy.", valueName: "id"))
    var env: String?

    @Option(name: .long, help: ArgumentHelp("Deploy start (ISO-8601 with zone); default: the clock.", valueName: "instant"))
    var at: String?

    @Option(name: .long, help: ArgumentHelp("Deploy duration, e.g. 90m or 1h30m (default 90m).", valueName: "duration"))
    var duration: String?

    @Flag(name: .long, help: "Judge the calendar only; skip the guardrails.")
    var calendarOnly = false

    @Flag(name: .long, help: "Print JSON with every reason, the clocks used and the next allowed slot.")
    var json = false

    /// Collected instead of rejected, so that a typo exits 3 like any other bad input.
    @Argument(parsing: .allUnrecognized, help: .hidden)
    var unrecognized: [String] = []

    func run() throws {
        let arguments = CheckReport.Arguments(
            environmentID: env, at: at, duration: duration, calendarOnly: calendarOnly, json: json, unrecognized: unrecognized
        )
        let outcome: CheckReport.Outcome
        do {
            let fixedNow = try source.fixedNow()
            let now = fixedNow ?? Date()
            let snapshot = try source.source().loadNow(now: now)
            outcome = CheckReport.run(arguments, snapshot: snapshot, now: now, clockIsFixed: fixedNow != nil)
        } catch {
            outcome = CheckReport.failure(String(describing: error), json: json)
        }
        let handle = outcome.isError && !json ? FileHandle.standardError : FileHandle.standardOutput
        handle.write(Data(TextSanitizer.cleanMultiline(outcome.output).utf8))
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
