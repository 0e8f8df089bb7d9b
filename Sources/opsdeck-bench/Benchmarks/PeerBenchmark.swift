import Foundation

/// htop, btop and glances through the same harness as opsdeck: first frame, RSS, key latency.
enum PeerBenchmark {
    static func run(_ context: BenchContext) throws {
        print("peers: htop, btop and glances in the same harness (120x40)")
        let peers = Subject.peers(context)
        let opsdeck = try Subject.opsdeck(context, try context.demo())
        let subjects = [opsdeck] + peers
        // Round by round, one run of each program per round, in a balanced order (each program
        // follows each other one equally often): a busy minute on this shared machine falls on
        // every program alike, and none is mostly the one started right after glances' exit.
        var frames = Array(repeating: Samples(), count: subjects.count)
        var peaks = Array(repeating: Samples(), count: subjects.count)
        let rounds = context.repeats(8, quick: 2)
        for round in 0..<rounds {
            for index in Self.order(round: round, count: subjects.count) {
                let (frame, peak) = try StartupBenchmark.measure(context, subjects[index], repeats: 1, notesResidentSet: round == rounds - 1)
                for value in frame.values { frames[index].add(value) }
                for value in peak.values { peaks[index].add(value) }
            }
        }
        for (index, subject) in subjects.enumerated() {
            context.report.add("first frame (side by side)", subject.name, Format.ms(frames[index].median),
                               detail: "\(subject.firstFrameLabel); \(Format.summary(frames[index])); peak RSS \(Format.mib(peaks[index].median)); in rounds")
        }
        let frameMedians = zip(subjects, frames).map { ($0.name, $1.median) }
        if let base = frameMedians.first?.1, base > 0 {
            let ratios = frameMedians.dropFirst().map { "\($0.0) \(String(format: "%.1f", $0.1 / base))×" }
            if !ratios.isEmpty { context.report.add("first frame ratio", "peer / opsdeck demo", ratios.joined(separator: ", ")) }
        }
        for subject in peers {
            try KeyLatencyBenchmark.measure(context, subject, label: subject.name, presses: context.repeats(10, quick: 4), bound: nil)
        }
    }

    /// The programs' order in one round: a balanced Latin square's row (0, 1, n−1, 2, n−2, …,
    /// shifted by the round), in which, over n rounds, each program directly follows each
    /// other one once when n is even.
    static func order(round: Int, count: Int) -> [Int] {
        guard count > 0 else { return [] }
        var base = [0]
        var (low, high) = (1, count - 1)
        while base.count < count {
            base.append(low)
            low += 1
            if base.count < count {
                base.append(high)
                high -= 1
            }
        }
        return base.map { ($0 + round) % count }
    }
}
