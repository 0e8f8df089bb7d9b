import Foundation
import OpsModel
import OpsSources

/// Parse time of each estate from its fixture directory, and the verdicts computed on top.
enum LoadBenchmark {
    static let now = ISO8601.parse(BenchEstate.fixedNow)!

    static func run(_ context: BenchContext) throws {
        print("load: FixtureDirectory.load + EstateOverview, in process")
        let plan: [(BenchEstate, Int)] = [
            (try context.demo(), context.repeats(20, quick: 5)),
            (try context.thousand(), context.repeats(2, quick: 1)),
        ]
        for (estate, repeats) in plan {
            _ = measure(context, estate, repeats: repeats)
        }
    }

    /// Loads an estate `repeats` times, reports parse and overview times, returns the last snapshot.
    @discardableResult
    static func measure(_ context: BenchContext, _ estate: BenchEstate, repeats: Int) -> FixtureLoad? {
        var last: FixtureLoad?
        var parse = Samples()
        var overview = Samples()
        var issues = 0
        for _ in 0..<repeats {
            let start = MonotonicClock.nanoseconds()
            let load = FixtureDirectory.load(directory: estate.directory, now: now)
            parse.add(MonotonicClock.milliseconds(since: start))
            let derive = MonotonicClock.nanoseconds()
            _ = EstateOverview(estate: load.estate, now: now)
            overview.add(MonotonicClock.milliseconds(since: derive))
            issues = load.issues.count
            last = load
        }
        let resident = ProcessMeter.statusKiB(getpid(), field: "VmRSS").map { "; bench RSS after \(Format.mib($0))" } ?? ""
        context.report.add("load", "\(estate.name) (\(estate.environments) env, \(estate.signals) signals)", Format.ms(parse.median),
                           detail: "parse \(Format.summary(parse)); overview \(Format.ms(overview.median)); \(issues) issues\(resident)")
        return last
    }
}
