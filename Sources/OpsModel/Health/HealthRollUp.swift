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
        // signals, not per signal (hashing an id cost as much as judging the signal). A run's
        // indices are appended whole, so each list is sized once (grown by doubling, the 10,000
        // lists of a large estate held almost twice their size); an environment whose signals
        // come in several runs is the rare case that grows.
        let starts = Self.runStarts(signals)
        var byEnvironment: [String: [Int]] = [:]
        byEnvironment.reserveCapacity(starts.count)
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : signals.count
            byEnvironment[signals[start].environmentID, default: []].append(contentsOf: start..<end)
        }
        self.indicesByEnvironment = byEnvironment
    }

    /// Where each run of neighbouring signals of one environment starts, in order. Found on every
    /// core for a large estate: on one thread, reading each signal's id (a reference retained and
    /// released) was 30–40 ms of the 10k start while the other core waited (perf).
    private static func runStarts(_ signals: [Signal]) -> [Int] {
        let parts = 8
        return signals.withUnsafeBufferPointer { buffer in
            ParallelMap.gather(capacities: ParallelMap.partSizes(count: buffer.count, parts: parts), parallel: buffer.count >= ParallelMap.minimumCount) { part, emit in
                for index in ParallelMap.range(part, count: buffer.count, parts: parts)
                where index == 0 || buffer[index].environmentID != buffer[index - 1].environmentID {
                    emit(index)
                }
            }
        }
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
