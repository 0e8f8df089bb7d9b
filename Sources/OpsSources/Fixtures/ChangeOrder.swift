import Foundation
import OpsModel

/// Orders a load's changes newest first.
enum ChangeOrder {
    /// Newest first; changes at the same instant keep the order they were read in, as a stable
    /// sort keeps them. The positions are sorted and each change moved once: sorting the changes
    /// themselves moved each large value a dozen times (6 ms for the 3,334 changes of 10,000
    /// environments, on the load's one thread; docs/performance.md).
    static func newestFirst(_ changes: [Change]) -> [Change] {
        let times = changes.map(\.at)
        let order = changes.indices.sorted { times[$0] != times[$1] ? times[$0] > times[$1] : $0 < $1 }
        return order.map { changes[$0] }
    }
}
