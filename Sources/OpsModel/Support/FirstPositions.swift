/// Positions in an array by a key of each element, the first position of a key given twice:
/// positions, not copies, so building it retains nothing but the keys (a dictionary of 10,000
/// copied environments or backup records held a large estate's one thread for 12–18 ms).
public enum FirstPositions {
    /// `key(position)` for each position below `count`; `repeated` is told each later position
    /// of a key already seen, in order.
    public static func index(count: Int, key: (Int) -> String, repeated: (Int) -> Void = { _ in }) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(count)
        for position in 0..<count {
            // One look-up: the slot is made with -1 when the key is new.
            if !claim(&positions[key(position), default: -1], position) { repeated(position) }
        }
        return positions
    }

    private static func claim(_ slot: inout Int, _ position: Int) -> Bool {
        guard slot < 0 else { return false }
        slot = position
        return true
    }
}
