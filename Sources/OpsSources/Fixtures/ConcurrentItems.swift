import Foundation
import OpsModel

/// How one part of a list reads its items: straight from an item's bytes where it can (nil from
/// `direct` hands the item on), and through a `NodeReader` otherwise. `direct` must give exactly
/// what `general` gives, and leave every item with something to report to `general`.
struct ItemDecoder<Element> {
    var direct: ((UnsafeBufferPointer<UInt8>) -> Element?)?
    var general: (NodeReader) -> Element?
}

extension ItemReaders {
    /// Lists at least this long are read on several threads; shorter ones are not worth a thread.
    /// (At 4,096 the 3,334 changes of 10,000 environments were read on one thread for ~10 ms
    /// while the other core waited; the demo's longest list has 382 items.)
    static let concurrentMinimum = 2_048

    /// Shorter lists of at least this many bytes are read in one part per core: a start's
    /// terminal set-up leaves a core idle while the estate is read, and the demo's signals
    /// (115 KB), environments (32 KB) and backups (13 KB) were read on one thread meanwhile
    /// (docs/performance.md). Its smaller lists (a few KB) are not worth a part.
    static let concurrentMinimumBytes = 8 * 1024

    /// The cores a list is read on, asked once: Foundation reads the cgroup's CPU limits from
    /// files at every ask (~32,000 instructions, nine times in a demo load; callgrind).
    private static let cores = Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8)

    /// `compactMap` that reads a long top-level list in parts on every core: the parts are runs
    /// of neighbouring items, results and issues come back in list order, as from one thread.
    ///
    /// `makeTransform` is called once per part, on this thread, so each part gets its own
    /// mutable helpers (a sample pool); each part reads the file through its own window and
    /// reports to its own log, merged into the list's log at the end. At 10,000 environments the
    /// signals list is most of a load (docs/performance.md).
    func concurrentCompactMap<Element>(_ makeTransform: () -> (NodeReader) -> Element?) -> [Element] {
        concurrentCompactMap(decoders: { ItemDecoder(direct: nil, general: makeTransform()) })
    }

    /// The same with a decoder per part that may read items straight from their bytes.
    func concurrentCompactMap<Element>(decoders makeDecoder: () -> ItemDecoder<Element>) -> [Element] {
        guard case .deferred(let deferred) = items else { return compactMap(makeDecoder().general) }
        let cores = Self.cores
        let isLong = count >= Self.concurrentMinimum
        guard cores > 1, count > 1, isLong || deferred.byteCount >= Self.concurrentMinimumBytes else {
            var results: [Element] = []
            results.reserveCapacity(count)
            read(deferred, firstIndex: firstIndex, decoder: makeDecoder(), log: parent.log) { results.append($0) }
            deferred.markRead()
            return results
        }
        // More parts than cores for a long list, so a core that finishes early takes another;
        // a short one's parts would each cost more to start than that evens out.
        let parts = deferred.split(into: isLong ? cores * 4 : cores).map { run in
            ListPart(items: run.items, firstIndex: firstIndex + run.firstIndex, log: IssueLog(), decoder: makeDecoder())
        }
        let results = ParallelMap.gather(capacities: parts.map(\.items.starts.count)) { (index, emit: (consuming Element) -> Void) in
            let part = parts[index]
            if let decoder = part.decoder { read(part.items, firstIndex: part.firstIndex, decoder: decoder, log: part.log, emit) }
            // The part's readers (their tables of texts and lines) are let go on its own core:
            // let go after the parts, on one thread, they held a 10k start back by ~3 ms (perf).
            part.decoder = nil
            // Parts wait their turn for a core; only the running ones need a window of the file.
            part.items.source.releaseWindow()
        }
        for part in parts { parent.log.add(contentsOf: part.log.issues) }
        deferred.markRead()
        return results
    }

    /// Reads a run of deferred items in order, each directly when the decoder can, reporting to `log`.
    private func read<Element>(_ run: DeferredItems, firstIndex: Int, decoder: ItemDecoder<Element>, log: IssueLog, _ emit: (consuming Element) -> Void) {
        for index in run.starts.indices {
            // Emitted where it is made: handed out as an optional of an optional, each element was
            // copied once more through a generic witness (callgrind).
            if let direct = decoder.direct, run.withItemBytes(at: index, { bytes in
                switch direct(bytes) {
                case .some(let element):
                    emit(consume element)
                    return true
                case .none:
                    return false
                }
            }) == true {
                continue
            }
            let node = run.item(at: index)
            if let reader = NodeReader(node, path: parent.path, fieldPath: .index(field, firstIndex + index), anchor: parent.anchor, log: log),
               let element = decoder.general(reader) {
                emit(element)
            }
        }
    }
}

/// One part of a list: its items, numbering, log and decoder, owned by the one thread that runs
/// it, which lets the decoder go when the part is read.
private final class ListPart<Element>: @unchecked Sendable {
    let items: DeferredItems
    let firstIndex: Int
    let log: IssueLog
    var decoder: ItemDecoder<Element>?

    init(items: DeferredItems, firstIndex: Int, log: IssueLog, decoder: ItemDecoder<Element>) {
        self.items = items
        self.firstIndex = firstIndex
        self.log = log
        self.decoder = decoder
    }
}
