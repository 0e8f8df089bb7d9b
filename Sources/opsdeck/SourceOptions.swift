import ArgumentParser
import Foundation
import OpsModel
import OpsSources

/// Options every command shares: where the estate comes from and which clock to use.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the estate from this fixture directory (default: the bundled demo estate).", valueName: "dir"))
    var fixtures: String?

    @Option(name: .long, help: ArgumentHelp("Fix the clock at this instant (ISO-8601 with zone, e.g. 2026-11-27T09:00:00Z); the screen then holds still.", valueName: "instant"))
    var now: String?

    /// The fixed clock, or nil for live time.
    func fixedNow() throws -> Date? {
        guard let now else { return nil }
        guard let date = ISO8601.parse(now) else {
            throw ValidationError("--now needs an ISO-8601 instant with a zone, like 2026-11-27T09:00:00Z (got \"\(now)\")")
        }
        return date
    }

    /// The chosen source.
    func source() throws -> FixtureSource {
        if let fixtures {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: fixtures, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--fixtures: \(fixtures) is not a directory")
            }
            return FixtureSource(directory: URL(fileURLWithPath: fixtures), name: "fixtures \(fixtures)")
        }
        guard let demo = FixtureSource.demo() else {
            throw ValidationError("the bundled demo estate is missing from this build; pass --fixtures DIR")
        }
        return demo
    }
}
