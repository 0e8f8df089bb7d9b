import ArgumentParser
import Foundation
import OpsModel
import OpsSources

/// `opsdeck snapshot`: saves what the agents (or fixtures) serve as a fixture directory, for post-incident review.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Save the estate the agents serve as a fixture directory (absolute times), to reopen with --fixtures.",
        discussion: "Example: opsdeck snapshot --agent http://10.0.4.2:9477 --token-file ~/.opsdeck/token --out incident-2026-11-27"
    )

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp("Directory to write (created if missing; files in it are replaced).", valueName: "dir"))
    var out: String

    func run() throws {
        let now = try source.fixedNow() ?? Date()
        let agents = try source.agentSource()
        let snapshot: SourceSnapshot
        var statuses: [AgentStatus] = []
        if let agents {
            let result = BlockingWait.run { (await agents.load(now: now), await agents.statuses()) }
            snapshot = result.0
            statuses = result.1
        } else {
            snapshot = try source.source().loadNow(now: now)
        }
        for status in statuses {
            let name = status.agentName.map { " (\($0))" } ?? ""
            print("\(status.url)\(name): \(status.state.rawValue): \(status.detail)")
        }
        if !statuses.isEmpty, !statuses.contains(where: { $0.state.isHealthy }) {
            FileHandle.standardError.write(Data("opsdeck: no agent answered; nothing written\n".utf8))
            throw ExitCode(1)
        }
        let header = "opsdeck snapshot of \(snapshot.sourceName) taken \(ISO8601.format(now))"
        let written = try FixtureWriter.write(snapshot.estate, to: URL(fileURLWithPath: out), header: header)
        print("wrote \(written.count) files to \(out): \(snapshot.estate.environments.count) environments, \(snapshot.estate.signals.count) signals")
        for issue in snapshot.issues where issue.severity == .error {
            FileHandle.standardError.write(Data("opsdeck: \(issue)\n".utf8))
        }
    }
}
