import Foundation

/// Roll-ups of signal verdicts per component, environment and retail process.
public struct HealthRollUp: Sendable {
    /// Verdict of every signal, in the estate's order.
    public let verdicts: [SignalVerdict]
    private let signals: [Signal]
    private let indicesByEnvironment: [String: [Int]]

    /// Assesses every signal of the estate at `now` once; the roll-ups below reuse the result.
    public init(signals: [Signal], now: Date) {
        self.signals = signals
        // Every signal is judged on its own: on every core for a large estate.
        self.verdicts = signals.withUnsafeBufferPointer { signals in
            ParallelMap.map(count: signals.count) { SignalAssessment.assess(signals[$0], now: now) }
        }
        // Signals come grouped by environment: one dictionary look-up per run of one environment's
        // signals, not per signal (hashing an id cost as much as judging the signal). Each list
        // is sized once: grown by doubling, the 10,000 lists of a large estate held almost twice
        // their size. By index, not `for signal in`: a loop variable is a copy of the whole
        // signal, six references retained and released.
        // The runs are found in one pass: each pass read all 42 MB of a large estate's signals.
        var runs: [(environmentID: String, range: Range<Int>)] = []
        Self.forEachRun(of: signals) { environmentID, run in runs.append((environmentID, run)) }
        var counts: [String: Int] = [:]
        for run in runs { counts[run.environmentID, default: 0] += run.range.count }
        var byEnvironment: [String: [Int]] = [:]
        byEnvironment.reserveCapacity(counts.count)
        for run in runs {
            byEnvironment[run.environmentID, default: Self.emptyList(capacity: counts[run.environmentID] ?? 0)].append(contentsOf: run.range)
        }
        self.indicesByEnvironment = byEnvironment
    }

    /// Calls `body` with each run of neighbouring signals of one environment, in order.
    private static func forEachRun(of signals: [Signal], _ body: (String, Range<Int>) -> Void) {
        var runStart = signals.startIndex
        for index in signals.indices where index > runStart && signals[index].environmentID != signals[runStart].environmentID {
            body(signals[runStart].environmentID, runStart..<index)
            runStart = index
        }
        if runStart < signals.endIndex { body(signals[runStart].environmentID, runStart..<signals.endIndex) }
    }

    private static func emptyList(capacity: Int) -> [Int] {
        var list: [Int] = []
        list.reserveCapacity(capacity)
        return list
    }

    /// Indices (into the signals given at init) of one environment's signals.
    public func signalIndices(environmentID: String) -> [Int] {
        indicesByEnvironment[environmentID] ?? []
    }

    /// An environment's health: roll-up of its signals; no signals at all is `unknown`.
    public func environmentStatus(_ environmentID: String) -> Status {
        Status.rollUp(signalIndices(environmentID: environmentID).map { verdicts[$0].status })
    }

    /// An environment's status (as `environmentStatus`), its signals counted by status, and the age
    /// of its oldest latest value (how old the picture is), in one pass over its signals: for the
    /// 10,000 rows of a large estate, a dictionary update per signal and three look-ups of the
    /// environment were a fifth of its overview.
    public func summary(environmentID: String) -> (status: Status, counts: [Status: Int], oldestValueAge: TimeInterval?) {
        var ok = 0, warn = 0, crit = 0, unknown = 0
        var oldest: TimeInterval?
        for index in signalIndices(environmentID: environmentID) {
            let verdict = verdicts[index]
            switch verdict.status {
            case .ok: ok += 1
            case .warn: warn += 1
            case .crit: crit += 1
            case .unknown: unknown += 1
            }
            if let age = verdict.age, oldest.map({ age > $0 }) ?? true { oldest = age }
        }
        var counts: [Status: Int] = [:]
        for (status, count) in [(Status.ok, ok), (.warn, warn), (.crit, crit), (.unknown, unknown)] where count > 0 {
            counts[status] = count
        }
        return (Status.rollUp(counts.keys), counts, oldest)
    }

    /// A component's health within an environment.
    public func componentStatus(environmentID: String, componentID: String) -> Status {
        Status.rollUp(signalIndices(environmentID: environmentID)
            .filter { signals[$0].componentID == componentID }
            .map { verdicts[$0].status })
    }

    /// A retail process's status in an environment: roll-up of the signals mapped to it.
    public func processStatus(environmentID: String, process: RetailProcess) -> Status {
        Status.rollUp(signalIndices(environmentID: environmentID)
            .filter { signals[$0].processes.contains(process) }
            .map { verdicts[$0].status })
    }
}
