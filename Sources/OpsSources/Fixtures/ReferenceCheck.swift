import Foundation
import OpsModel

/// Drops items that name an environment (or component) the estate does not have, reporting where.
struct ReferenceCheck {
    let environments: [String: Environment]

    /// Decodes items and keeps those whose environment exists.
    func keep<T>(_ items: some Sequence<NodeReader>, _ decode: (NodeReader) -> T?, _ environment: KeyPath<T, String>, extra: (NodeReader, T) -> Bool = { _, _ in true }) -> [T] {
        items.compactMap { item in
            guard let value = decode(item) else { return nil }
            let id = value[keyPath: environment]
            guard environments[id] != nil else {
                item.fail("env", "unknown environment \"\(id)\"; the item is skipped", at: item.node("env"))
                return nil
            }
            return extra(item, value) ? value : nil
        }
    }

    /// The same, for decoders that take a second input (the signal catalog).
    func keep<T, Context>(_ items: some Sequence<NodeReader>, _ decode: (NodeReader, Context) -> T?, _ context: Context, _ environment: KeyPath<T, String>, extra: (NodeReader, T) -> Bool) -> [T] {
        keep(items, { decode($0, context) }, environment, extra: extra)
    }

    /// A signal's component must belong to its environment.
    func checkComponent(_ item: NodeReader, _ signal: Signal) -> Bool {
        guard let environment = environments[signal.environmentID] else { return false }
        if environment.components.contains(where: { $0.id == signal.componentID }) { return true }
        item.fail("component", "environment \"\(signal.environmentID)\" has no component \"\(signal.componentID)\"; the signal is skipped", at: item.node("component"))
        return false
    }
}

/// Reports ids given twice, which would make drill-downs and `:env` ambiguous.
enum DuplicateCheck {
    static func report(_ estate: Estate, log: IssueLog) {
        var seen: Set<String> = []
        for environment in estate.environments where !seen.insert(environment.id).inserted {
            log.warning("estate", nil, "environments.id", "\"\(environment.id)\" is defined more than once; the first one is shown first")
        }
    }
}
