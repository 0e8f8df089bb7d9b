import OpsModel

extension Signal {
    /// A signal's identity across reloads: environment, component and key.
    public var identity: String { "\(environmentID)/\(componentID)/\(key)" }
}

/// Which signals' latest values differ between two loads (new signals do not count as changed).
public enum ChangedValues {
    public static func between(_ before: [Signal], _ after: [Signal]) -> Set<String> {
        guard !before.isEmpty else { return [] }
        // A reload of the same files lists the same signals in the same order: compare them in
        // place. Building a map of every identity (a 45-byte string each) cost tens of MB at
        // 10,000 environments on every reload.
        if before.count == after.count, zip(before, after).allSatisfy({ $0.environmentID == $1.environmentID && $0.componentID == $1.componentID && $0.key == $1.key }) {
            var changed: Set<String> = []
            for (old, new) in zip(before, after) {
                if let oldValue = old.latest?.value, let newValue = new.latest?.value, oldValue != newValue { changed.insert(new.identity) }
            }
            return changed
        }
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
