import OpsModel

/// A load's environments by id (the first of an id given twice), kept as positions in the
/// environments array, not as copies (`FirstPositions`).
struct EnvironmentIndex: Sendable {
    private let environments: [Environment]
    private let positions: [String: Int]
    /// Ids given again after their first environment, in the order they come.
    let repeatedIDs: [String]

    init(_ environments: [Environment]) {
        var repeated: [String] = []
        positions = FirstPositions.index(count: environments.count, key: { environments[$0].id }, repeated: { repeated.append(environments[$0].id) })
        self.environments = environments
        repeatedIDs = repeated
    }

    /// The environment with this id, or nil.
    subscript(id: String) -> Environment? {
        positions[id].map { environments[$0] }
    }
}
