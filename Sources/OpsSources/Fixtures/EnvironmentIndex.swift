import OpsModel

/// A load's environments by id (the first of an id given twice), kept as positions in the
/// environments array, not as copies: a dictionary of 10,000 copied environments held a large
/// load's one thread for ~12 ms, retaining every text of each (docs/performance.md).
struct EnvironmentIndex: Sendable {
    private let environments: [Environment]
    private let positions: [String: Int]
    /// Ids given again after their first environment, in the order they come.
    let repeatedIDs: [String]

    init(_ environments: [Environment]) {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(environments.count)
        var repeated: [String] = []
        // By position: iterating the environments themselves copied each one (every text retained).
        for index in environments.indices {
            let id = environments[index].id
            // One look-up: the slot is made with -1 when the id is new.
            if !Self.claim(&positions[id, default: -1], index) { repeated.append(id) }
        }
        self.environments = environments
        self.positions = positions
        repeatedIDs = repeated
    }

    private static func claim(_ slot: inout Int, _ index: Int) -> Bool {
        guard slot < 0 else { return false }
        slot = index
        return true
    }

    /// The environment with this id, or nil.
    subscript(id: String) -> Environment? {
        positions[id].map { environments[$0] }
    }
}
