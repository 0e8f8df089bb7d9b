import OpsModel

/// A view's list made when first read (`Deferred`), with the filter it is made with, which is
/// known before it is made: `Update` narrows it again only when the wanted filter differs, so a
/// list nobody reads is not wrapped once more at every key.
struct DeferredList<List: Sendable>: Sendable {
    let list: Deferred<List>
    /// The `/` filter the list is narrowed with once made.
    let filter: String

    /// A list to be made by `list`, narrowed with `filter`.
    init(_ list: Deferred<List>, filter: String) {
        self.list = list
        self.filter = filter
    }

    /// A list already made.
    init(made list: List, filter: String) {
        self.init(Deferred(list), filter: filter)
    }

    /// The list, made now if no one has yet.
    var value: List { list.value }

    /// This list narrowed with `wanted`: itself when the filter is the same, else narrowed by
    /// `narrow` when first read.
    func narrowed(to wanted: String, _ narrow: @escaping @Sendable (List, String) -> List) -> DeferredList {
        wanted == filter ? self : DeferredList(list.map { narrow($0, wanted) }, filter: wanted)
    }
}
