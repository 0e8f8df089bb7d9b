import ArgumentParser
import Console
import Foundation
import OpsModel
import OpsSources
import TerminalUI

/// `opsdeck health`: the Health view's verdicts without the full-screen UI.
///
/// Exit status: 0 whenever the verdicts were printed, whatever they say (scripts read the
/// status from the output, `--json` for machines); 3 for bad input: an unknown `--env`, a
/// malformed `--now`, or a `--fixtures` path that is not a directory. Unknown options are
/// refused by the argument parser itself (its usage exit, 64).
struct HealthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health",
        abstract: "Print signal verdicts, business impact, alerts and suspect changes (text, or JSON with --json).",
        discussion: "Exit status: 0 when the report was printed (whatever the health), 3 for bad input (unknown --env, malformed --now, missing --fixtures directory)."
    )

    /// Exit status for input the command cannot act on.
    static let badInput = ExitCode(3)

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("Only this environment, in full (default: every environment, worst first).", valueName: "id"))
    var env: String?

    @Flag(name: .long, help: "Print JSON (every signal with value, age, thresholds, status; processes; alerts; changes with suspects).")
    var json = false

    func run() throws {
        let fixedNow: Date?
        let fixtureSource: FixtureSource
        do {
            fixedNow = try source.fixedNow()
            fixtureSource = try source.source()
        } catch {
            Self.fail("\(error)")
            throw Self.badInput
        }
        let now = fixedNow ?? Date()
        let snapshot = fixtureSource.loadNow(now: now)
        let overview = EstateOverview(estate: snapshot.estate, now: now)
        guard let environments = HealthReport.environments(estate: snapshot.estate, overview: overview, environmentID: env) else {
            let known = snapshot.estate.environments.map(\.id).joined(separator: ", ")
            Self.fail("no environment \"\(env ?? "")\" (have: \(known))")
            throw Self.badInput
        }
        let output = json
            ? HealthReport.json(environments, snapshot: snapshot, now: now, clockIsFixed: fixedNow != nil)
            : HealthReport.text(environments, snapshot: snapshot, now: now, zone: TimeZone.current, clockIsFixed: fixedNow != nil, detailed: env != nil)
        FileHandle.standardOutput.write(Data(TextSanitizer.cleanMultiline(output).utf8))
    }

    private static func fail(_ message: String) {
        FileHandle.standardError.write(Data("opsdeck health: \(message)\n".utf8))
    }
}
