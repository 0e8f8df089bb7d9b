import ArgumentParser
import Console
import Foundation
import OpsModel
import TerminalUI

/// `opsdeck status`: the estate summary without the full-screen UI.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Print the estate summary (text, or JSON with --json).")

    @OptionGroup var source: SourceOptions

    @Flag(name: .long, help: "Print JSON (every verdict with its reasons).")
    var json = false

    func run() throws {
        let fixedNow = try source.fixedNow()
        let now = fixedNow ?? Date()
        let snapshot = try source.source().loadNow(now: now)
        let overview = EstateOverview(estate: snapshot.estate, now: now)
        let output = json
            ? StatusReport.json(snapshot: snapshot, overview: overview, clockIsFixed: fixedNow != nil)
            : StatusReport.text(snapshot: snapshot, overview: overview, zone: TimeZone.current, clockIsFixed: fixedNow != nil)
        FileHandle.standardOutput.write(Data(TextSanitizer.cleanMultiline(output).utf8))
    }
}
