import EstateGenerator
import Foundation
import OpsSources

/// An estate the benchmarks run on: the bundled demo or a generated fixture directory.
struct BenchEstate {
    /// Short name used in the results ("demo", "1k", "10k").
    var name: String
    /// The fixture directory.
    var directory: URL
    /// Whether this is the bundled demo (opsdeck then runs without --fixtures).
    var isDemo: Bool
    var environments: Int
    var signals: Int

    /// The instant every run is pinned to, so screens are identical run to run.
    static let fixedNow = "2026-11-27T09:00:00Z"

    /// opsdeck's arguments for this estate with a fixed clock (or live with `live`).
    func opsdeckArguments(live: Bool = false) -> [String] {
        var arguments: [String] = []
        // A path relative to the working directory keeps the status bar's source name short
        // enough that the "data 0s" marker is not cut off at 120 columns.
        if !isDemo { arguments += ["--fixtures", BenchEstate.shortPath(directory.path)] }
        if !live { arguments += ["--now", BenchEstate.fixedNow] }
        return arguments
    }

    /// `path` relative to the working directory when it lies below it.
    static func shortPath(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }

    /// The bundled demo estate.
    static func demo() throws -> BenchEstate {
        guard let directory = DemoEstate.directory else { throw BenchError.failed("the demo estate bundle is missing next to opsdeck-bench") }
        return BenchEstate(name: "demo", directory: directory, isDemo: true, environments: 14, signals: 382)
    }

    /// A generated estate of `environments` x 40 signals x 20 samples, cached between runs.
    static func generated(_ name: String, environments: Int, options: BenchOptions) throws -> BenchEstate {
        let spec = EstateSpec(environments: environments, signalsPerEnvironment: 40, samplesPerSignal: 20, seed: 2026)
        let root = URL(fileURLWithPath: options.cacheDirectory)
        let start = MonotonicClock.nanoseconds()
        let estate = try EstateGenerator.cached(spec, under: root)
        let elapsed = MonotonicClock.milliseconds(since: start)
        if elapsed > 50 {
            print(String(format: "  generated %@ (%d environments, %d signals, %.1f MB) in %.1f s",
                         estate.directory.path, estate.environments, estate.signals, Double(estate.bytes) / 1e6, elapsed / 1000))
        }
        return BenchEstate(name: name, directory: estate.directory, isDemo: false, environments: estate.environments, signals: estate.signals)
    }
}
