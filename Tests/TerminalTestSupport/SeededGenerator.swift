/// A small deterministic generator, so a failing random case reproduces.
public struct SeededGenerator: RandomNumberGenerator {
    public var state: UInt64

    /// Starts the sequence at `state`.
    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }
}
