import Console
import Dispatch
import OpsSources

/// The state a large estate's new snapshot or verdicts replaced, let go on another thread: at
/// 10,000 environments freeing an estate (400,000 signals) or an overview with its lists held
/// the main thread, and keys, for a tenth of a second and more.
final class RetiredState: @unchecked Sendable {
    // Only `release` touches it after `init`, on the one queue it hands it to.
    private var state: AppState?

    /// Keeps `state`'s references (its snapshot, verdicts, lists) until `release`.
    init(_ state: AppState) {
        self.state = state
    }

    /// Drops the references on a utility thread, then returns the freed heap to the system:
    /// the verdicts and lists are made on other threads, whose arenas kept what a tick freed
    /// (RSS at 10,000 environments grew from 260 to 400 MB between two reloads).
    func release() {
        DispatchQueue.global(qos: .utility).async {
            self.state = nil
            MemoryRelease.returnFreedMemory()
        }
    }
}
