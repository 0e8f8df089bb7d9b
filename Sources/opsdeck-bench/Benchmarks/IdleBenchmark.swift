import Foundation

/// Bytes written and CPU used while nothing happens: all subjects side by side in one window.
enum IdleBenchmark {
    static func run(_ context: BenchContext) throws {
        let seconds = context.options.idleSeconds ?? (context.options.quick ? 5 : 30)
        print("idle: bytes and CPU over \(Int(seconds)) s with no input, all subjects at once (120x40)")
        let demo = try context.demo()
        var subjects = [try Subject.opsdeck(context, demo), try Subject.opsdeck(context, demo, live: true)]
        if context.options.peers { subjects += Subject.peers(context) }

        var sessions: [(Subject, TerminalSession)] = []
        defer { for (_, session) in sessions { session.stop() } }
        for subject in subjects {
            let session = try subject.start(context)
            sessions.append((subject, session))
            if subject.waitForFirstFrame(session, timeoutMilliseconds: 20_000) == nil {
                context.report.note("\(subject.name): no first frame; measuring anyway")
            }
        }
        // Start-up output and first refreshes are not idle: let everything run for a second first.
        pumpAll(sessions.map(\.1), forMilliseconds: 1_000)
        let before = sessions.map { (bytes: $0.1.totalBytes, cpu: ProcessMeter.threadCPUNanoseconds($0.1.program.pid),
                                     ticks: ProcessMeter.statCPUNanoseconds($0.1.program.pid) ?? 0) }
        let start = MonotonicClock.nanoseconds()
        pumpAll(sessions.map(\.1), forMilliseconds: seconds * 1_000)
        let elapsed = Double(MonotonicClock.nanoseconds() - start)
        for (index, (subject, session)) in sessions.enumerated() {
            let pid = session.program.pid
            let bytes = session.totalBytes - before[index].bytes
            let cpu = Double(ProcessMeter.cpuNanoseconds(from: before[index].cpu, to: ProcessMeter.threadCPUNanoseconds(pid)))
            let ticks = Double((ProcessMeter.statCPUNanoseconds(pid) ?? 0) &- before[index].ticks)
            let percent = cpu / elapsed * 100
            let isFixedOpsdeck = subject.name == "opsdeck"
            let target = isFixedOpsdeck ? ((bytes == 0 && percent < 0.1) ? "met (0 B, < 0.1 % CPU)" : "MISSED (0 B, < 0.1 % CPU)") : ""
            context.report.add("idle \(Int(seconds)) s", subject.name, "\(bytes) B, \(Format.percent(percent)) CPU",
                               detail: String(format: "CPU %.1f ms (schedstat), %.0f ms (stat ticks); %.0f B/s", cpu / 1e6, ticks / 1e6, Double(bytes) / (elapsed / 1e9)),
                               target: target)
            if !isFixedOpsdeck, let kib = ProcessMeter.statusKiB(pid, field: "VmHWM") {
                context.report.add("peak RSS", subject.name, Format.mib(kib), detail: "VmHWM at the end of the idle window")
            }
        }
    }

    /// Reads every session's output for a while (nothing is timed, only counted).
    static func pumpAll(_ sessions: [TerminalSession], forMilliseconds milliseconds: Double) {
        let deadline = MonotonicClock.nanoseconds() + UInt64(milliseconds * 1_000_000)
        while MonotonicClock.nanoseconds() < deadline {
            for session in sessions { session.pump(timeoutMilliseconds: 0) }
            usleep(50_000)
        }
        for session in sessions { session.pump(timeoutMilliseconds: 0) }
    }
}
