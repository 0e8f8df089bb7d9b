/// Where a value sits in its file (`environments[3].components[1].kind`), spelt out only when a
/// problem is reported: a large estate has hundreds of thousands of items and nested mappings,
/// and writing each one's path as text cost more than reading most of them.
indirect enum FieldPath: CustomStringConvertible, Sendable {
    /// The document itself.
    case root
    /// A key of the mapping at the parent path.
    case key(FieldPath, String)
    /// An item of the list at the parent path.
    case index(FieldPath, Int)

    /// The path as issues show it.
    var description: String {
        switch self {
        case .root: ""
        case .key(.root, let key): key
        case .key(let parent, let key): "\(parent.description).\(key)"
        case .index(let parent, let index): "\(parent.description)[\(index)]"
        }
    }

    /// The path of `key` under this one.
    func appending(_ key: String) -> FieldPath {
        .key(self, key)
    }
}
