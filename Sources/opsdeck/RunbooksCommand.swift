import ArgumentParser
import Foundation
import OpsModel
import OpsSources
import TerminalUI

/// `opsdeck runbooks`: list and search the runbooks, or print one filled for an environment.
struct RunbooksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runbooks",
        abstract: "List and search runbooks, or print one filled in for an environment.",
        subcommands: [RunbooksListCommand.self, RunbooksShowCommand.self],
        defaultSubcommand: RunbooksListCommand.self
    )
}

/// `opsdeck runbooks [list] [--search TEXT] [--json]`.
struct RunbooksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List runbooks, ranked by --search (every word must match).")

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("Only runbooks matching these words, best first (title before body).", valueName: "text"))
    var search: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() throws {
        let now = try source.fixedNow() ?? Date()
        let snapshot = try source.source().loadNow(now: now)
        for issue in snapshot.issues where issue.path.contains("/runbooks/") {
            FileHandle.standardError.write(Data("warning: \(issue)\n".utf8))
        }
        let matches = RunbookSearch.rank(snapshot.estate.runbooks, query: search ?? "")
        if json {
            let rows: [[String: Any]] = matches.map { match in
                let runbook = match.runbook
                let review = RunbookReview(runbook: runbook, now: now)
                var row: [String: Any] = [
                    "id": runbook.id, "title": runbook.title, "severity": runbook.severity, "owner": runbook.owner,
                    "signals": runbook.signalKeys, "alerts": runbook.alertNames, "components": runbook.componentKinds.map(\.rawValue),
                    "stale": review.isStale, "review": review.summary,
                    "steps": MarkdownDocument(parsing: runbook.body).steps.count,
                ]
                row["reviewed"] = runbook.lastReviewed.map(ISO8601.format) ?? NSNull()
                if search != nil {
                    row["score"] = match.score
                    row["matchedIn"] = match.fields
                }
                return row
            }
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return
        }
        if matches.isEmpty {
            print(search.map { "no runbook matches \"\($0)\"" } ?? "no runbooks")
            return
        }
        let idWidth = max(2, matches.map { DisplayWidth.of($0.runbook.id) }.max() ?? 2)
        let titleWidth = min(40, max(5, matches.map { DisplayWidth.of($0.runbook.title) }.max() ?? 5))
        print(padRight("ID", toWidth: idWidth) + "  " + padRight("TITLE", toWidth: titleWidth) + "  SEV   OWNER                REVIEW")
        for match in matches {
            let runbook = match.runbook
            let review = RunbookReview(runbook: runbook, now: now)
            let line = padRight(runbook.id, toWidth: idWidth) + "  " + padRight(truncate(runbook.title, toWidth: titleWidth), toWidth: titleWidth)
                + "  " + padRight(runbook.severity, toWidth: 4) + "  " + padRight(truncate(runbook.owner, toWidth: 19), toWidth: 19)
                + "  " + (review.isStale ? "STALE: " : "") + review.summary
            print(TextSanitizer.clean(line))
        }
    }
}

/// `opsdeck runbooks show ID [--env ENV] [--component ID]`: the runbook as plain text, filled in.
struct RunbooksShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a runbook with its placeholders filled in for an environment.")

    @OptionGroup var source: SourceOptions

    @Argument(help: "The runbook id.")
    var id: String

    @Option(name: .long, help: ArgumentHelp("Fill placeholders for this environment.", valueName: "id"))
    var env: String?

    @Option(name: .long, help: ArgumentHelp("Fill component.* for this component of the environment.", valueName: "id"))
    var component: String?

    func run() throws {
        let now = try source.fixedNow() ?? Date()
        let estate = try source.source().loadNow(now: now).estate
        guard let runbook = estate.runbooks.first(where: { $0.id == id }) else {
            throw ValidationError("no runbook \"\(id)\" (have: \(estate.runbooks.map(\.id).sorted().joined(separator: ", ")))")
        }
        var environment: Environment?
        if let env {
            guard let found = estate.environment(id: env) else { throw ValidationError("no environment \"\(env)\"") }
            environment = found
        }
        var chosen: Component?
        if let component {
            guard let found = environment?.components.first(where: { $0.id == component }) else {
                throw ValidationError("--component \(component) is not a component of \(env ?? "an environment (pass --env)")")
            }
            chosen = found
        } else if let environment {
            chosen = RunbookLinks.component(for: runbook, in: environment, signals: [])
        }
        let context = PlaceholderContext(environment: environment, component: chosen)
        let review = RunbookReview(runbook: runbook, now: now)
        var header = "# \(runbook.title) (\(runbook.id))\n"
        header += "filled for: \(environment?.id ?? "no environment (placeholders missing)")\(chosen.map { ", component \($0.id)" } ?? "")\n"
        if review.isStale { header += "WARNING: \(review.summary)\n" }
        let steps = MarkdownDocument(parsing: runbook.body).steps
        header += "steps: \(steps.count)\n\n"
        let body = PlaceholderFiller.fill(runbook.body, context: context)
        FileHandle.standardOutput.write(Data(TextSanitizer.cleanMultiline(header + body).utf8))
    }
}
