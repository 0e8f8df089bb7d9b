import ArgumentParser
import Console
import Foundation
import OpsModel
import OpsSources
import TerminalUI

/// `opsdeck backups`: recoverability per environment, or of raw pgBackRest output, for people and scripts.
struct BackupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backups",
        abstract: "Judge backups: recovery point against RPO, WAL archiving, chain, restore tests, policy.",
        discussion: """
        With no input options, judges every environment of the estate (worst first), or one with --env.

        With --pgbackrest-info FILE, judges raw `pgbackrest info --output=json` output instead, one verdict per stanza; --archiver adds PostgreSQL's pg_stat_archiver row (JSON from row_to_json). Use - to read standard input. Without --tier, raw output is judged on what it carries (recovery point, archiving, chain, stanza status): it holds no restore tests or backup policy, so they are not demanded.

        Exit codes:
          0   every verdict is ok
          1   any verdict is warn, crit or unknown (or nothing to judge)
          3   bad input: unreadable file (file and field named), unknown --env or --stanza, malformed option
          64  the command line could not be parsed
        """
    )

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("Only this environment (estate mode).", valueName: "id"))
    var env: String?

    @Flag(name: .long, help: "Print JSON: every verdict with every reason and its data, and the clock used.")
    var json = false

    @Option(name: .customLong("pgbackrest-info"), help: ArgumentHelp("Judge this `pgbackrest info --output=json` output instead of an estate (- for standard input).", valueName: "file"))
    var pgbackrestInfo: String?

    @Option(name: .long, help: ArgumentHelp("pg_stat_archiver as JSON, for archiving success and failure (with --pgbackrest-info).", valueName: "file"))
    var archiver: String?

    @Option(name: .long, help: ArgumentHelp("Recovery point objective for raw input, e.g. 15m, 1h (default: the tier's, else 15m).", valueName: "duration"))
    var rpo: String?

    @Option(name: .long, help: ArgumentHelp("Judge raw input as this tier: core-production, regional-production or non-production (adds restore-test and policy checks on production tiers).", valueName: "tier"))
    var tier: String?

    @Option(name: .long, help: ArgumentHelp("Only this stanza of the raw input (needed with --archiver when there are several).", valueName: "name"))
    var stanza: String?

    func run() throws {
        do {
            let (output, code) = try report()
            FileHandle.standardOutput.write(Data(TextSanitizer.cleanMultiline(output).utf8))
            if code != 0 { throw ExitCode(code) }
        } catch let error as BackupsInputError {
            FileHandle.standardError.write(Data("opsdeck backups: \(TextSanitizer.clean(error.description))\n".utf8))
            throw ExitCode(3)
        }
    }

    /// The report text and the exit code it implies.
    private func report() throws -> (String, Int32) {
        let fixedNow = try parseNow()
        let now = fixedNow ?? Date()
        let document: BackupsReport.Document
        if let pgbackrestInfo {
            guard env == nil, source.fixtures == nil else {
                throw BackupsInputError.badOption("--pgbackrest-info judges raw output; it does not go with --env or --fixtures")
            }
            let input = RawBackupJudgement.Input(
                infoName: displayName(pgbackrestInfo), infoData: try read(pgbackrestInfo, option: "--pgbackrest-info"),
                archiverName: archiver.map(displayName), archiverData: try archiver.map { try read($0, option: "--archiver") },
                rpo: try parseRPO(), tier: try parseTier(), stanza: stanza
            )
            document = try BackupsReport.raw(input, now: now, clockIsFixed: fixedNow != nil)
        } else {
            if archiver != nil || rpo != nil || tier != nil || stanza != nil {
                throw BackupsInputError.badOption("--archiver, --rpo, --tier and --stanza apply to raw input: add --pgbackrest-info FILE")
            }
            let dataSource: FixtureSource
            do {
                dataSource = try source.source()
            } catch {
                throw BackupsInputError.badOption("\(error)")
            }
            let snapshot = dataSource.loadNow(now: now)
            let overview = EstateOverview(estate: snapshot.estate, now: now)
            document = try BackupsReport.estate(snapshot: snapshot, overview: overview, environmentID: env, clockIsFixed: fixedNow != nil)
        }
        let output = json ? BackupsReport.json(document) : BackupsReport.text(document, zone: TimeZone.current)
        return (output, BackupsReport.exitCode(document))
    }

    private func parseNow() throws -> Date? {
        guard let text = source.now else { return nil }
        guard let date = ISO8601.parse(text) else {
            throw BackupsInputError.badOption("--now needs an ISO-8601 instant with a zone, like 2026-11-22T11:00:00Z (got \"\(text)\")")
        }
        return date
    }

    private func parseRPO() throws -> TimeInterval? {
        guard let rpo else { return nil }
        guard let seconds = DurationText.parse(rpo), seconds > 0 else {
            throw BackupsInputError.badOption("--rpo needs a duration like 15m, 1h or 1h30m (got \"\(rpo)\")")
        }
        return seconds
    }

    private func parseTier() throws -> Tier? {
        guard let tier else { return nil }
        guard let value = Tier(rawValue: tier) else {
            throw BackupsInputError.badOption("--tier takes \(Tier.allCases.map(\.rawValue).joined(separator: ", ")) (got \"\(tier)\")")
        }
        return value
    }

    /// How a file is named in output and errors; `-` reads better as what it is.
    private func displayName(_ path: String) -> String {
        path == "-" ? "standard input" : path
    }

    /// A file's bytes, or standard input for `-`.
    private func read(_ path: String, option: String) throws -> Data {
        if path == "-" {
            guard pgbackrestInfo != "-" || archiver != "-" else {
                throw BackupsInputError.badOption("only one of --pgbackrest-info and --archiver can read standard input")
            }
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BackupsInputError.badOption("\(option): cannot read \(path)")
        }
        return data
    }
}
