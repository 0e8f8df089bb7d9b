import OpsModel

extension Signal {
    /// A signal's identity across reloads: environment, component and key.
    public var identity: String { "\(environmentID)/\(componentID)/\(key)" }
}

/// Which signals' latest values differ between two loads (new signals do not count as changed).
public enum ChangedValues {
    public static func between(_ before: [Signal], _ after: [Signal]) -> Set<String> {
        guard !before.isEmpty else { return [] }
        var previous: [String: Double] = [:]
        previous.reserveCapacity(before.count)
        for signal in before { if let value = signal.latest?.value { previous[signal.identity] = value } }
        var changed: Set<String> = []
        for signal in after {
            if let old = previous[signal.identity], let new = signal.latest?.value, old != new { changed.insert(signal.identity) }
        }
        return changed
    }
}
