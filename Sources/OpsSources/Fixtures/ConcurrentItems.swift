import Foundation
import OpsModel

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
            return ListPart(readers: readers, log: log, transform: makeTransform(), window: run.items.source)
        }
        let results = ParallelMap.gather(capacities: parts.map(\.readers.count)) { (index, emit: (Element) -> Void) in
            let part = parts[index]
            for reader in part.readers {
                if let element = part.transform(reader) { emit(element) }
            }
            // Parts wait their turn for a core; only the running ones need a window of the file.
            part.window.releaseWindow()
        }
        for part in parts { parent.log.add(contentsOf: part.log.issues) }
        return results
    }
}

/// One part of a list: its readers, log, transform and file reader, owned by the one thread
/// that runs it.
private struct ListPart<Element>: @unchecked Sendable {
    let readers: ItemReaders
    let log: IssueLog
    let transform: (NodeReader) -> Element?
    let window: YAMLBytes
}
