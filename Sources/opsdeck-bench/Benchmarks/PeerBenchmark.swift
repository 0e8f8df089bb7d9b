import Foundation

/// htop, btop and glances through the same harness as opsdeck: first frame, RSS, key latency.
enum PeerBenchmark {
    static func run(_ context: BenchContext) throws {
        print("peers: htop, btop and glances in the same harness (120x40)")
        let peers = Subject.peers(context)
        let opsdeck = try Subject.opsdeck(context, try context.demo())
        let repeats = context.repeats(5, quick: 2)
        var frames: [(String, Double)] = []
        for subject in [opsdeck] + peers {
            let (frame, peak) = try StartupBenchmark.measure(context, subject, repeats: repeats)
            frames.append((subject.name, frame.median))
            context.report.add("first frame (side by side)", subject.name, Format.ms(frame.median),
                               detail: "\(subject.firstFrameLabel); \(Format.summary(frame)); peak RSS \(Format.mib(peak.median))")
        }
        if let base = frames.first?.1, base > 0 {
            let ratios = frames.dropFirst().map { "\($0.0) \(String(format: "%.1f", $0.1 / base))×" }
            if !ratios.isEmpty { context.report.add("first frame ratio", "peer / opsdeck demo", ratios.joined(separator: ", ")) }
        }
        for subject in peers {
            try KeyLatencyBenchmark.measure(context, subject, label: subject.name, presses: context.repeats(10, quick: 4), bound: nil)
        }
    }
}
