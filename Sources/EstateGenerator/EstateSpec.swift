/// What a generated estate looks like: how many environments, signals and samples, and the seed.
public struct EstateSpec: Sendable, Hashable {
    /// Number of environments (spread over tenants of up to five environments each).
    public var environments: Int
    /// Signal series per environment; every environment gets exactly this many.
    public var signalsPerEnvironment: Int
    /// Samples in each series, one a minute, the last one at "now".
    public var samplesPerSignal: Int
    /// The seed of every random choice: the same spec always writes the same bytes.
    public var seed: UInt64

    /// Creates a spec.
    public init(environments: Int, signalsPerEnvironment: Int = 40, samplesPerSignal: Int = 20, seed: UInt64 = 2026) {
        self.environments = max(1, environments)
        self.signalsPerEnvironment = max(0, signalsPerEnvironment)
        self.samplesPerSignal = max(1, samplesPerSignal)
        self.seed = seed
    }

    /// A short, file-name-safe description, e.g. `e10000-s40-n20-seed2026`.
    public var slug: String {
        "e\(environments)-s\(signalsPerEnvironment)-n\(samplesPerSignal)-seed\(seed)"
    }
}
