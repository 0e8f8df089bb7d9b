import ArgumentParser
import Console
import Foundation
import TerminalUI

/// `opsdeck calendar`: the release calendar of a period for people, scripts and calendar apps.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "List freeze, soft-freeze and maintenance occurrences and planned releases (text, --json, or --ics).",
        discussion: "Exit 0, or 3 on bad input or data. --ics writes an RFC 5545 file a calendar app imports."
    )

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("Start of the period (ISO-8601 with zone); default: the clock.", valueName: "instant"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("End of the period (exclusive); default: 14 days after --from.", valueName: "instant"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Only what applies to this environment.", valueName: "id"))
    var env: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @Flag(name: .long, help: "Print an iCalendar (.ics) file.")
    var ics = false

    /// Collected instead of rejected, so that a typo exits 3 like any other bad input.
    @Argument(parsing: .allUnrecognized, help: .hidden)
    var unrecognized: [String] = []

    func run() throws {
        var outcome: CalendarReport.Outcome
        if json && ics {
            outcome = CalendarReport.failure("choose one of --json and --ics")
        } else {
            let arguments = CalendarReport.Arguments(
                from: from, to: to, environmentID: env, format: json ? .json : (ics ? .ics : .text), unrecognized: unrecognized
            )
            do {
                let fixedNow = try source.fixedNow()
                let now = fixedNow ?? Date()
                let snapshot = try source.source().loadNow(now: now)
                outcome = CalendarReport.run(arguments, snapshot: snapshot, now: now, clockIsFixed: fixedNow != nil)
            } catch {
                outcome = CalendarReport.failure(String(describing: error))
            }
        }
        if outcome.isError {
            FileHandle.standardError.write(Data(TextSanitizer.cleanMultiline(outcome.output).utf8))
        } else if ics {
            // Byte-exact: the CRLF line ends are part of the format.
            FileHandle.standardOutput.write(Data(outcome.output.utf8))
        } else {
            FileHandle.standardOutput.write(Data(TextSanitizer.cleanMultiline(outcome.output).utf8))
        }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
