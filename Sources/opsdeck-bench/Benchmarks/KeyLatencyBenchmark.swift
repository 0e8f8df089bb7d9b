import Foundation

/// Key-to-screen latency: from writing a key to the last byte of the screen update it causes.
///
/// The update is the burst of output after the key that ends with 20 ms of silence; the time is
/// counted to the burst's last byte (the screen is complete then), not its first.
enum KeyLatencyBenchmark {
    static let quietMilliseconds = 20.0

    static func run(_ context: BenchContext) throws {
        print("keys: key-to-screen latency at 120x40 (to the last byte of the burst, burst = output until 20 ms quiet)")
        let presses = context.repeats(20, quick: 6)
        if let fixtures = context.options.keysFixtures {
            // A generated estate: the bound is the one `scale` holds 10,000 environments to.
            let estate = BenchEstate(name: "fixtures", directory: URL(fileURLWithPath: fixtures), isDemo: false, environments: 0, signals: 0)
            try measure(context, try Subject.opsdeck(context, estate), label: "opsdeck \(BenchEstate.shortPath(fixtures))", presses: presses,
                        bound: (16, "≤ 16 ms"), firstFrameTimeoutMilliseconds: 400_000)
            return
        }
        let demo = try context.demo()
        try measure(context, try Subject.opsdeck(context, demo), label: "opsdeck demo", presses: presses, bound: (5.0, "≤ 5 ms"))
    }

    /// Measures view switches and filter keystrokes of one running subject and reports them.
    /// Returns the first frame's milliseconds, nil when none came.
    @discardableResult
    static func measure(_ context: BenchContext, _ subject: Subject, label: String, presses: Int, bound: (Double, String)?,
                        firstFrameTimeoutMilliseconds: Double = 60_000) throws -> Double? {
        let session = try subject.start(context)
        defer { session.stop() }
        guard let firstFrame = subject.waitForFirstFrame(session, timeoutMilliseconds: firstFrameTimeoutMilliseconds) else {
            context.report.note("\(label): no first frame; last text: \(session.tail(200))")
            return nil
        }
        settle(session)
        var view = Samples()
        var missed = 0
        for press in 0..<presses {
            let key = subject.viewKeys[press % subject.viewKeys.count]
            if let burst = session.waitForQuiet(after: session.send(key), quietMilliseconds: quietMilliseconds, timeoutMilliseconds: 3_000) {
                view.add(burst.lastByte)
            } else {
                missed += 1
            }
            settle(session)
        }
        report(context, "key: view switch", label, subject.viewKeyLabel, view, missed: missed, bound: bound)

        guard let open = subject.filterOpen else {
            context.report.note("\(subject.name): filter keystroke not measured (no simple filter input)")
            return firstFrame
        }
        _ = session.waitForQuiet(after: session.send(open), quietMilliseconds: 50, timeoutMilliseconds: 1_000)
        settle(session)
        var filter = Samples()
        missed = 0
        for press in 0..<presses {
            let key = press % 2 == 0 ? "p" : "\u{7F}"
            if let burst = session.waitForQuiet(after: session.send(key), quietMilliseconds: quietMilliseconds, timeoutMilliseconds: 3_000) {
                filter.add(burst.lastByte)
            } else {
                missed += 1
            }
            settle(session)
        }
        _ = session.waitForQuiet(after: session.send(subject.filterClose), quietMilliseconds: 50, timeoutMilliseconds: 500)
        report(context, "key: filter keystroke", label, subject.filterLabel, filter, missed: missed, bound: bound)
        if let kib = ProcessMeter.statusKiB(session.program.pid, field: "VmHWM") {
            context.report.add("peak RSS after keys", label, Format.mib(kib))
        }
        return firstFrame
    }

    /// Waits until the program has been silent for 100 ms (at most 3 s), so the next burst is the key's.
    static func settle(_ session: TerminalSession) {
        var quietSince = MonotonicClock.nanoseconds()
        let deadline = quietSince + 3_000_000_000
        while MonotonicClock.nanoseconds() < deadline {
            if session.pump(timeoutMilliseconds: 20) > 0 {
                quietSince = MonotonicClock.nanoseconds()
            } else if MonotonicClock.nanoseconds() - quietSince >= 100_000_000 {
                return
            }
        }
    }

    private static func report(_ context: BenchContext, _ benchmark: String, _ label: String, _ keys: String, _ samples: Samples, missed: Int, bound: (Double, String)?) {
        context.report.add(benchmark, label, Format.ms(samples.median),
                           detail: "keys \(keys); \(Format.summary(samples))\(missed > 0 ? "; \(missed) presses drew nothing" : "")",
                           target: bound.map { Format.target(samples.median, atMost: $0.0, $0.1) } ?? "")
    }
}
