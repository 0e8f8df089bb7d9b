import Foundation

/// The items of a file's top-level lists that its check pass stepped over instead of reading
/// (one-line flow items by their line, others by their indentation), so they are checked when
/// they are read: by a direct reader, which takes only the plain form, or by the general parser. A list nobody read (an unknown or
/// repeated key) is checked at the end. When any such item turns out not to be valid YAML, the
/// file must be loaded again with every item checked up front (`passes` is false), so a file is
/// still either read whole or skipped whole, exactly as if it had been checked first.
///
/// It exists because the check pass read every byte of the 80 MB signals file of a 10,000
/// environment estate on one core, and the direct reader then read every byte again; the
/// environments and backups files the same (docs/performance.md). One per file, shared by the threads that read its lists.
final class LateCheck: @unchecked Sendable {
    /// A list with items stepped over, until it has been read (then its file's bytes and item
    /// positions are let go with it).
    private struct UnreadList {
        let source: YAMLBytes
        let indent: Int
        let starts: [YAMLPosition]
        let end: Int
    }

    private let lock = NSLock()
    private var unread: [Int: UnreadList] = [:]
    private var failed = false

    /// Registers a list whose items were stepped over; its identity is its first item's offset.
    func register(source: YAMLBytes, indent: Int, starts: [YAMLPosition], end: Int) -> Int {
        let list = starts.first?.offset ?? end
        lock.withLock { unread[list] = UnreadList(source: source, indent: indent, starts: starts, end: end) }
        return list
    }

    /// True while some list with items stepped over is unread: right after the check, whether
    /// the file needs a late check at all.
    var hasUnreadLists: Bool {
        lock.withLock { !unread.isEmpty }
    }

    /// True once an item stepped over has failed: the load will be done again, so the rest of
    /// this one is wasted work.
    var hasFailed: Bool {
        lock.withLock { failed }
    }

    /// Every item of `list` has been read (and each one stepped over found valid, or reported).
    func markRead(_ list: Int) {
        lock.withLock { _ = unread.removeValue(forKey: list) }
    }

    /// An item stepped over is not valid YAML (or the file changed since the check).
    func markFailed() {
        lock.withLock { failed = true }
    }

    /// True when nothing stepped over has failed; checks the items of the lists nobody read first.
    func passes() -> Bool {
        let (failed, lists) = lock.withLock { (self.failed, Array(unread.values)) }
        guard !failed else { return false }
        for list in lists {
            let items = DeferredItems(source: list.source, indent: list.indent, starts: list.starts, end: list.end)
            for index in list.starts.indices where items.parsedItem(at: index, building: false) == nil {
                return false
            }
        }
        return true
    }
}
