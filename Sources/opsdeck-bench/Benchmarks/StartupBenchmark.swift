import Foundation

/// Start to first full frame at 120x40, repeated, with the peak resident set of each run.
enum StartupBenchmark {
    static func run(_ context: BenchContext) throws {
        print("startup: start to first full frame at 120x40 in a pseudo-terminal, peak RSS")
        // 10,000 environments are measured by the scale benchmark, in one session with the keys.
        let targets: [String: (Double, Double, String)] = ["demo": (40, 25 * 1024, "≤ 40 ms; RSS ≤ 25 MiB")]
        let plan: [(BenchEstate, Int)] = [
            (try context.demo(), context.repeats(15, quick: 4)),
            (try context.thousand(), context.repeats(2, quick: 1)),
        ]
        for (estate, repeats) in plan {
            let subject = try Subject.opsdeck(context, estate)
            let (frame, peak) = try measure(context, subject, repeats: repeats)
            let target = targets[estate.name]
            addFirstFrame(context, "opsdeck \(estate.name) (\(estate.environments) env)", frame, starts: repeats,
                          bound: target.map { ($0.0, "≤ \(Int($0.0)) ms") })
            context.report.add("peak RSS", "opsdeck \(estate.name) (\(estate.environments) env)", Format.mib(peak.median),
                               detail: "VmHWM after the first frame, max \(Format.mib(peak.maximum)), n=\(peak.count)",
                               target: target.map { Format.target(peak.median, atMost: $0.1, "≤ \(Int($0.1 / 1024)) MiB") } ?? "")
        }
    }

    /// Reports the median first frame of `starts` starts. A start that drew no frame is a miss,
    /// not a run left out of the median: the row says how many, and misses a target it has.
    static func addFirstFrame(_ context: BenchContext, _ label: String, _ frames: Samples, starts: Int, bound: (Double, String)?) {
        let missing = starts - frames.count
        let missed = bound.map { "MISSED (\($0.1))" } ?? ""
        guard frames.count > 0 else {
            context.report.add("first frame", label, "none", detail: "no first frame in \(starts) start\(starts == 1 ? "" : "s")", target: missed)
            return
        }
        let detail = Format.summary(frames) + (missing > 0 ? "; \(missing) of \(starts) starts drew no frame" : "")
        let target = bound.map { missing > 0 ? missed : Format.target(frames.median, atMost: $0.0, $0.1) } ?? ""
        context.report.add("first frame", label, Format.ms(frames.median), detail: detail, target: target)
    }

    /// Runs the subject `repeats` times; returns first-frame milliseconds and VmHWM KiB.
    static func measure(_ context: BenchContext, _ subject: Subject, repeats: Int, notesResidentSet: Bool = true) throws -> (frame: Samples, peakKiB: Samples) {
        var frame = Samples()
        var peak = Samples()
        var breakdown = ""
        for _ in 0..<repeats {
            let session = try subject.start(context)
            defer { session.stop() }
            guard let milliseconds = subject.waitForFirstFrame(session) else {
                context.report.note("\(subject.name): no first frame within the time limit; last text: \(session.tail(200))")
                continue
            }
            frame.add(milliseconds)
            // Let the frame settle (peers keep collecting), then read the peak resident set.
            _ = session.drain(forMilliseconds: 300)
            if let kib = ProcessMeter.statusKiB(session.program.pid, field: "VmHWM") { peak.add(Double(kib)) }
            breakdown = ProcessMeter.residentBreakdown(session.program.pid)
        }
        if notesResidentSet, !breakdown.isEmpty { context.report.note("\(subject.name) resident set now: \(breakdown)") }
        return (frame, peak)
    }
}
