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

    /// The environment's own id string for an id spelt the same, or nil when there is none. The
    /// lookups read single fields in place: a copy of the whole environment retained each of its
    /// fields, for every item of every list, from every core (perf).
    func ownID(_ id: String) -> String? {
        positions[id].map { environments[$0].id }
    }

    /// The components of the environment with this id, or nil when there is none.
    func components(_ id: String) -> (ownID: String, components: [Component])? {
        positions[id].map { (environments[$0].id, environments[$0].components) }
    }
}
