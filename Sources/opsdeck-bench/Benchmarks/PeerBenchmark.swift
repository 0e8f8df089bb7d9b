import Foundation

/// htop, btop and glances through the same harness as opsdeck: first frame, RSS, key latency.
enum PeerBenchmark {
    static func run(_ context: BenchContext) throws {
        print("peers: htop, btop and glances in the same harness (120x40)")
        let peers = Subject.peers(context)
        let opsdeck = try Subject.opsdeck(context, try context.demo())
        let subjects = [opsdeck] + peers
        // Round by round, each program once per round and each round starting one program later:
        // a busy minute on this shared machine then falls on every program alike instead of on
        // whichever one ran its runs in it, and none always follows glances' slow exit.
        var frames = Array(repeating: Samples(), count: subjects.count)
        var peaks = Array(repeating: Samples(), count: subjects.count)
        for round in 0..<context.repeats(9, quick: 2) {
            for offset in subjects.indices {
                let index = (round + offset) % subjects.count
                let subject = subjects[index]
                let (frame, peak) = try StartupBenchmark.measure(context, subject, repeats: 1, notesResidentSet: round == 0)
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
}
