import Foundation

/// One agent to poll: its base URL and the token it expects.
public struct AgentEndpoint: Sendable {
    /// Base URL, e.g. `http://10.0.4.2:9477`; `/v1/snapshot` is appended.
    public var url: URL
    public var token: BearerToken?

    /// Creates an endpoint.
    public init(url: URL, token: BearerToken?) {
        self.url = url
        self.token = token
    }

    /// The snapshot URL: the base with its path ending in `/v1/snapshot`.
    public var snapshotURL: URL {
        let base = url.absoluteString.hasSuffix("/") ? String(url.absoluteString.dropLast()) : url.absoluteString
        if base.hasSuffix(AgentWire.snapshotPath) { return url }
        return URL(string: base + AgentWire.snapshotPath) ?? url
    }
}

/// The limits a console applies to every agent.
public struct AgentPolicy: Sendable {
    /// The whole poll (connect, request, every byte of the answer) must fit in this.
    public var timeout: Duration = .seconds(3)
    /// An answer slower than this is `slow`, though still used.
    public var slowAfter: Duration = .seconds(1)
    /// Bodies past this many bytes are cut off and the poll fails as bad data.
    public var sizeLimit: Int = 16 << 20
    /// First back-off delay after a failure, seconds; it doubles with each further failure.
    public var backoffBase: TimeInterval = 2
    /// The longest back-off, seconds.
    public var backoffLimit: TimeInterval = 60
    /// A number in 0..<1 for jitter; tests pass a constant.
    public var jitter: @Sendable () -> Double = { Double.random(in: 0..<1) }

    /// The defaults: 3 s timeout, 1 s slow, 16 MiB, back-off 2 s doubling to 60 s.
    public init() {}

    /// The back-off after `failures` failures in a row: base × 2^(failures−1), capped, then
    /// scaled into [½, 1) by jitter so many consoles do not retry a recovering agent in step.
    public func backoff(failures: Int) -> TimeInterval {
        guard failures > 0 else { return 0 }
        let raw = min(backoffLimit, backoffBase * pow(2, Double(min(failures - 1, 30))))
        return raw * (0.5 + 0.5 * min(max(jitter(), 0), 1))
    }
}
