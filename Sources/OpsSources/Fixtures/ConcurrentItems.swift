import Foundation

extension ItemReaders {
    /// Lists at least this long are read on several threads; shorter ones are not worth a thread.
    static let concurrentMinimum = 4_096

    /// `compactMap` that reads a long top-level list in parts on every core: the parts are runs
    /// of neighbouring items, results and issues come back in list order, as from one thread.
    ///
    /// `makeTransform` is called once per part, on this thread, so each part gets its own
    /// mutable helpers (a sample pool); each part reads the file through its own window and
    /// reports to its own log, merged into the list's log at the end. At 10,000 environments the
    /// signals list is most of a load (docs/performance.md).
    func concurrentCompactMap<Element>(_ makeTransform: () -> (NodeReader) -> Element?) -> [Element] {
        let cores = Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8)
        guard cores > 1, count >= Self.concurrentMinimum, case .deferred(let deferred) = items else {
            return compactMap(makeTransform())
        }
        // Four parts a core: joining holds the whole result and one part at once, so smaller
        // parts keep the peak down (a 42 MB signal array would otherwise briefly need 63 MB).
        let parts = deferred.split(into: cores * 4).map { run in
            let log = IssueLog()
            let readers = ItemReaders(items: .deferred(run.items), parent: NodeReader(reporting: parent, to: log), field: field, firstIndex: run.firstIndex)
            return PartWork(readers: readers, log: log, transform: makeTransform())
        }
        let results = PartResults<Element>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            let part = parts[index]
            results.store(part.readers.compactMap(part.transform), at: index)
        }
        for part in parts { parent.log.add(contentsOf: part.log.issues) }
        return results.joined()
    }
}

/// One part's readers, its own log and its own transform: owned by the one thread that runs it.
private struct PartWork<Element>: @unchecked Sendable {
    let readers: ItemReaders
    let log: IssueLog
    let transform: (NodeReader) -> Element?
}

/// Each part's results in its own slot; every slot is written by one thread, read after all end.
/// The slots are raw memory, not an array property: two threads writing through one array
/// would be overlapping accesses of it.
private final class PartResults<Element>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<[Element]>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: [])
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ elements: [Element], at index: Int) {
        slots[index] = elements
    }

    /// All results in list order, in one array sized once; each part's own array is let go as
    /// it is copied.
    func joined() -> [Element] {
        var all: [Element] = []
        all.reserveCapacity(slots.reduce(0) { $0 + $1.count })
        for index in slots.indices {
            all.append(contentsOf: slots[index])
            slots[index] = []
        }
        return all
    }
}
