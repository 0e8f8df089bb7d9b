import Foundation
import OpsModel

/// Drops items that name an environment (or component) the estate does not have, reporting where.
struct ReferenceCheck {
    let environments: EnvironmentIndex

    /// Decodes items and appends those whose environment exists to `kept`. Each kept item's
    /// environment id becomes the environment's own string, so a large estate keeps one copy of
    /// each id instead of one per signal (docs/performance.md). A long list is read on every
    /// core; `decoder` makes one decode function per thread.
    /// A `direct` reader (see `ItemDecoder`) does its own reference checks and hands on every
    /// item that fails one.
    func keep<T: EnvironmentScoped>(_ items: ItemReaders, into kept: inout [T], decoder makeDecode: () -> ItemDecoder<T>, extra: @escaping (NodeReader, inout T) -> Bool = { _, _ in true }) {
        let environments = self.environments
        let decoded = items.concurrentCompactMap { () -> ItemDecoder<T> in
            var decoder = makeDecode()
            let decode = decoder.general
            decoder.general = { item in
                guard var value = decode(item) else { return nil }
                let id = value.environmentID
                guard let ownID = environments.ownID(id) else {
                    item.fail("env", "unknown environment \"\(id)\"; the item is skipped", at: item.node("env"))
                    return nil
                }
                value.environmentID = ownID
                return extra(item, &value) ? value : nil
            }
            return decoder
        }
        // Taken whole when nothing came before: a copy would hold the list twice at the peak.
        if kept.isEmpty { kept = decoded } else { kept += decoded }
    }

    /// `keep` with a decode function that holds no state of its own.
    func keep<T: EnvironmentScoped>(_ items: ItemReaders, into kept: inout [T], _ decode: @escaping (NodeReader) -> T?) {
        keep(items, into: &kept, decoder: { ItemDecoder(direct: nil, general: decode) })
    }

    /// A signal's component must belong to its environment; its id becomes the component's own string.
    func checkComponent(_ item: NodeReader, _ signal: inout Signal) -> Bool {
        guard let environment = environments.components(signal.environmentID) else { return false }
        if let component = environment.components.first(where: { $0.id == signal.componentID }) {
            signal.componentID = component.id
            return true
        }
        item.fail("component", "environment \"\(signal.environmentID)\" has no component \"\(signal.componentID)\"; the signal is skipped", at: item.node("component"))
        return false
    }
}

/// Reports ids given twice, which would make drill-downs and `:env` ambiguous.
enum DuplicateCheck {
    static func report(_ environments: EnvironmentIndex, log: IssueLog) {
        for id in environments.repeatedIDs {
            log.warning("estate", nil, "environments.id", "\"\(id)\" is defined more than once; the first one is shown first")
        }
    }
}
