import OpsModel

extension Signal {
    /// A signal's identity across reloads: environment, component and key.
    public var identity: String { "\(environmentID)/\(componentID)/\(key)" }
}

/// Which signals' latest values differ between two loads, by position in the newer load's
/// signals (new signals do not count as changed).
///
/// A bit per signal: a live reload at 10,000 environments moves most of 400,000 values, and a
/// set of their identities (a 45-byte string each) took 0.7 s and tens of MB on every reload.
public struct ValueChanges: Sendable, Equatable {
    private var bits: [UInt64] = []
    /// How many signals changed.
    public private(set) var count = 0

    /// No signal changed.
    public init() {}

    /// The signals of `after` whose latest value differs from the same signal's in `before`.
    public init(before: [Signal], after: [Signal]) {
        guard !before.isEmpty else { return }
        bits = [UInt64](repeating: 0, count: (after.count + 63) / 64)
        // A reload of the same files lists the same signals in the same order: compare them in place.
        if before.count == after.count, zip(before, after).allSatisfy({ $0.environmentID == $1.environmentID && $0.componentID == $1.componentID && $0.key == $1.key }) {
            for position in after.indices {
                if let old = before[position].latest?.value, let new = after[position].latest?.value, old != new { insert(position) }
            }
            return
        }
        var previous: [String: Double] = [:]
        previous.reserveCapacity(before.count)
        for signal in before { if let value = signal.latest?.value { previous[signal.identity] = value } }
        for position in after.indices {
            if let old = previous[after[position].identity], let new = after[position].latest?.value, old != new { insert(position) }
        }
    }

    /// Whether the signal at `position` of the newer load changed.
    public func contains(_ position: Int) -> Bool {
        position >= 0 && position / 64 < bits.count && bits[position / 64] & (1 << UInt64(position % 64)) != 0
    }

    public var isEmpty: Bool { count == 0 }

    /// The identities of the changed signals, read from the newer load's `signals`.
    public func identities(in signals: [Signal]) -> Set<String> {
        Set(signals.indices.filter(contains).map { signals[$0].identity })
    }

    private mutating func insert(_ position: Int) {
        bits[position / 64] |= 1 << UInt64(position % 64)
        count += 1
    }
}

/// Value changes worked out where a large estate's snapshot was derived; `Update` uses them only
/// if the console still shows the snapshot they were compared with.
public struct ChangedSignals: Sendable {
    /// The generation (`AppState.snapshotGeneration`) of the snapshot compared with.
    let since: Int
    let changes: ValueChanges

    /// The signals of `after` whose latest value differs in `before`, the snapshot counted `generation`.
    public init(since generation: Int, before: [Signal], after: [Signal]) {
        since = generation
        changes = ValueChanges(before: before, after: after)
    }
}
