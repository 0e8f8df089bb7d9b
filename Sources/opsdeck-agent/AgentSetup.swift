import Foundation
import OpsAgent
import OpsSources

/// Picks the estate provider from the command line.
enum AgentSetup {
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    /// Fixtures, collectors from a configuration file, or the bundled demo estate.
    static func provider(fixtures: String?, config: String?) throws -> any EstateProvider {
        if let config {
            let configuration = try AgentConfiguration.load(path: config)
            return try CollectingProvider(configuration: configuration, baseFixtures: fixtures.map { URL(fileURLWithPath: $0) })
        }
        if let fixtures {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: fixtures, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw Problem(description: "--fixtures: \(fixtures) is not a directory")
            }
            return FixtureProvider(directory: URL(fileURLWithPath: fixtures))
        }
        guard let demo = DemoEstate.directory else {
            throw Problem(description: "the bundled demo estate is missing from this build; pass --fixtures DIR")
        }
        return FixtureProvider(directory: demo)
    }
}
