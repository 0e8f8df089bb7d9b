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
        self.verdicts = ParallelMap.map(signals) { SignalAssessment.assess($0, now: now) }
        // Each environment's index list sized once: grown by doubling, the 10,000 lists of a
        // large estate held almost twice their size, plus the copies left behind.
        // By index, not `for signal in`: a loop variable is a copy of the whole signal, six
        // references retained and released, twice per signal of a 400,000-signal estate.
        var counts: [String: Int] = [:]
        for index in signals.indices { counts[signals[index].environmentID, default: 0] += 1 }
        var byEnvironment: [String: [Int]] = [:]
        byEnvironment.reserveCapacity(counts.count)
        for index in signals.indices {
            let environmentID = signals[index].environmentID
            byEnvironment[environmentID, default: Self.emptyList(capacity: counts[environmentID] ?? 0)].append(index)
        }
        self.indicesByEnvironment = byEnvironment
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

    /// Age of the oldest latest value of an environment's signals (how old the picture is).
    public func oldestValueAge(environmentID: String) -> TimeInterval? {
        signalIndices(environmentID: environmentID).compactMap { verdicts[$0].age }.max()
    }
}
