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
        // More parts than cores, so a core that finishes early takes another.
        let parts = deferred.split(into: cores * 4).map { run in
            let log = IssueLog()
            let readers = ItemReaders(items: .deferred(run.items), parent: NodeReader(reporting: parent, to: log), field: field, firstIndex: firstIndex + run.firstIndex)
            return ListPart(readers: readers, log: log, transform: makeTransform(), offset: run.firstIndex, window: run.items.source)
        }
        // Each part writes its results where its items are in the list, then the runs are moved
        // together: results are never copied from one array to another, which held a 42 MB
        // signal array twice at the end of a large load.
        let results = [Element](unsafeUninitializedCapacity: deferred.starts.count) { buffer, initializedCount in
            let slots = ListSlots(base: buffer.baseAddress!, parts: parts.count)
            DispatchQueue.concurrentPerform(iterations: parts.count) { index in
                let part = parts[index]
                var written = 0
                for reader in part.readers {
                    guard let element = part.transform(reader) else { continue }
                    (slots.base + part.offset + written).initialize(to: element)
                    written += 1
                }
                slots.written[index] = written
                // Parts wait their turn for a core; only the running ones need a window of the file.
                part.window.releaseWindow()
            }
            var end = 0
            for (index, part) in parts.enumerated() {
                let written = slots.written[index]
                if part.offset != end { (slots.base + end).moveInitialize(from: slots.base + part.offset, count: written) }
                end += written
            }
            slots.written.deallocate()
            initializedCount = end
        }
        for part in parts { parent.log.add(contentsOf: part.log.issues) }
        return results
    }
}

/// One part of a list: its readers, log, transform and file reader, owned by the one thread
/// that runs it; `offset` is its first item's position in the list.
private struct ListPart<Element>: @unchecked Sendable {
    let readers: ItemReaders
    let log: IssueLog
    let transform: (NodeReader) -> Element?
    let offset: Int
    let window: YAMLBytes
}

/// The result buffer and each part's count of results; parts write disjoint ranges of both.
private struct ListSlots<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let written: UnsafeMutableBufferPointer<Int>

    init(base: UnsafeMutablePointer<Element>, parts: Int) {
        self.base = base
        written = .allocate(capacity: parts)
        written.initialize(repeating: 0)
    }
}
