import Foundation

/// The Health list's lines as derived from the data (when each environment turned bad, which
/// retail processes are hit), per environment, for one data generation.
///
/// Deriving a line filters the environment's signals once per retail process: a third of a Health
/// frame, for lines that only change with new data. Copies of `AppState` share the memo.
final class HealthEntryMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var generation = -1
    private var entries: [String: HealthEnvironmentList.Entry] = [:]

    /// The entry of `environmentID` derived for `generation`, or the one `build` derives (then kept).
    func entry(environmentID: String, generation: Int, build: () -> HealthEnvironmentList.Entry) -> HealthEnvironmentList.Entry {
        let kept: HealthEnvironmentList.Entry? = lock.withLock {
            if self.generation != generation {
                self.generation = generation
                entries.removeAll(keepingCapacity: true)
            }
            return entries[environmentID]
        }
        if let kept { return kept }
        let entry = build()
        lock.withLock { if self.generation == generation { entries[environmentID] = entry } }
        return entry
    }
}
