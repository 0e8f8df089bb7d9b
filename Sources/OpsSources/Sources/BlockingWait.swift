import Foundation

/// Runs async work to completion from synchronous code: the command-line commands and the
/// benchmarks are synchronous, the agent client is async.
public enum BlockingWait {
    /// Blocks the calling thread (never a Swift concurrency thread) until `work` finishes.
    public static func run<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }
}

/// Carries a result out of a detached task; written once before the semaphore is signalled.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    var value: T?
}
