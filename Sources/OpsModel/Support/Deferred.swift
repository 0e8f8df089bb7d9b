import Synchronization

/// A value worked out when first read, once, by whichever thread reads it first; the copies of
/// whatever holds it share it. Lets a large estate's first frame go out before work it does not
/// show (other views' lists, the sentences behind every verdict), which a background thread
/// may then do ahead of time with `prepare` (docs/performance.md).
public final class Deferred<Value: Sendable>: Sendable {
    private enum State {
        case ready(Value)
        case pending(@Sendable () -> Value)
    }

    private let state: Mutex<State>

    /// A value already worked out.
    public init(_ value: Value) {
        state = Mutex(.ready(value))
    }

    /// A value `work` will give when first read; `work` must depend only on what it captures.
    public init(_ work: @escaping @Sendable () -> Value) {
        state = Mutex(.pending(work))
    }

    /// The value, worked out now if no one has yet (a reader meanwhile waits for it).
    public var value: Value {
        state.withLock { state in
            switch state {
            case .ready(let value):
                return value
            case .pending(let work):
                let value = work()
                state = .ready(value)
                return value
            }
        }
    }

    /// Whether the value is worked out; false, without waiting, while another thread works it out.
    public var isReady: Bool {
        state.withLockIfAvailable { state in
            if case .ready = state { return true }
            return false
        } ?? false
    }

    /// Works the value out now, so a later read does not wait.
    public func prepare() {
        _ = value
    }

    /// `transform` of this value: at once when it is ready, else when the result is first read.
    public func map<Result: Sendable>(_ transform: @escaping @Sendable (Value) -> Result) -> Deferred<Result> {
        if isReady { return Deferred<Result>(transform(value)) }
        return Deferred<Result> { transform(self.value) }
    }
}
