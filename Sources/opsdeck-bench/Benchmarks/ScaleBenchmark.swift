import Console
import Foundation

/// 10,000 environments x 40 signals: load and render in process, then one opsdeck session for
/// the first frame, the keys and the peak resident set (each load of this estate is long, so
/// the session is shared rather than repeated).
enum ScaleBenchmark {
    static func run(_ context: BenchContext) throws {
        print("scale: 10,000 environments x 40 signals x 20 samples")
        let estate = try context.tenThousand()
        // In process, the estate is loaded once more: skipped by --quick to keep it quick.
        if !context.options.quick, let load = LoadBenchmark.measure(context, estate, repeats: 1) {
            let snapshot = BenchStates.snapshot(from: load, estate: estate)
            for view in [ViewID.environments, .health] {
                RenderBenchmark.measure(context, estate: "10k", snapshot: snapshot, columns: 120, rows: 40, view: view, repeats: context.repeats(20, quick: 5))
            }
        }
        let subject = try Subject.opsdeck(context, estate)
        let label = "opsdeck 10k (10000×40)"
        let firstFrame = try KeyLatencyBenchmark.measure(context, subject, label: label, presses: context.repeats(10, quick: 4),
                                                         bound: (16, "≤ 16 ms"), firstFrameTimeoutMilliseconds: 400_000)
        context.report.add("first frame", label, firstFrame.map(Format.ms) ?? "none",
                           detail: "one run (each load of this estate is long)",
                           target: firstFrame.map { Format.target($0, atMost: 400, "≤ 400 ms") } ?? "MISSED (≤ 400 ms)")
    }
}
