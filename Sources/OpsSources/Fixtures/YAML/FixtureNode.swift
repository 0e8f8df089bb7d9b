import Foundation

/// One YAML node of a fixture file, as the fixture readers see it: text, a list or a mapping,
/// each with the 1-based line it starts on (for "file:line: field: message").
enum FixtureNode {
    case scalar(FixtureScalar)
    case sequence(FixtureSequence)
    case mapping(FixtureMapping)

    /// The line the node starts on.
    var line: Int {
        switch self {
        case .scalar(let scalar): scalar.line
        case .sequence(let sequence): sequence.line
        case .mapping(let mapping): mapping.line
        }
    }

    var scalar: FixtureScalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    var sequence: FixtureSequence? {
        if case .sequence(let sequence) = self { return sequence }
        return nil
    }

    var mapping: FixtureMapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }
}

/// A scalar's text as written (quotes removed, escapes resolved); `isPlain` tells `null` from `"null"`.
struct FixtureScalar {
    var text: String
    var isPlain: Bool
    var line: Int

    /// A plain empty, `~` or `null`: YAML's null, which readers treat as "not given".
    var isNull: Bool {
        guard isPlain else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}

/// A mapping's entries in file order; duplicate keys are kept (the last one wins on lookup).
struct FixtureMapping {
    var entries: [FixtureEntry]
    var line: Int
}

/// One `key: value` of a mapping.
struct FixtureEntry {
    var key: FixtureScalar
    var value: FixtureNode
}

/// A list whose items are either built or, for the long lists at a file's top level, parsed one
/// at a time when read, so a 100 MB file never exists as one tree.
struct FixtureSequence {
    var items: FixtureItems
    var line: Int
}

/// The items of a list: already built, or positions in the source to parse on demand.
enum FixtureItems: Sequence {
    case built([FixtureNode])
    case deferred(DeferredItems)

    var count: Int {
        switch self {
        case .built(let nodes): nodes.count
        case .deferred(let deferred): deferred.starts.count
        }
    }

    func makeIterator() -> Iterator {
        Iterator(items: self)
    }

    /// Walks built nodes, or parses deferred ones one by one.
    struct Iterator: IteratorProtocol {
        let items: FixtureItems
        var index = 0

        mutating func next() -> FixtureNode? {
            defer { index += 1 }
            switch items {
            case .built(let nodes):
                return index < nodes.count ? nodes[index] : nil
            case .deferred(let deferred):
                return index < deferred.starts.count ? deferred.item(at: index) : nil
            }
        }
    }
}

/// Where each item of a top-level list starts. The check pass read every item but those it
/// stepped over (`LateCheck`), so parsing an item again fails only for such an item that is not
/// valid YAML (or whose end the check misjudged), or when the file changed on disk since.
struct DeferredItems {
    let source: YAMLBytes
    /// The column of the list's dashes.
    let indent: Int
    let starts: [YAMLPosition]
    /// Where the last item ends.
    let end: Int
    /// The file's late check and this list's identity in it, when the check stepped over items.
    var lateCheck: (check: LateCheck, list: Int)? = nil

    func item(at index: Int) -> FixtureNode {
        if let node = parsedItem(at: index, building: true) { return node }
        // An item stepped over that is not valid YAML, or a file changed during the load: in a
        // list with items stepped over the load is done again with every item checked (so a
        // changed file is then read as it now is); otherwise the reader reports the item as
        // unreadable.
        lateCheck?.check.markFailed()
        return .scalar(FixtureScalar(text: "", isPlain: true, line: starts[index].line))
    }

    /// Item `index` parsed from its bytes (only checked when not `building`); nil when it is not
    /// valid YAML or the file no longer holds it.
    func parsedItem(at index: Int, building: Bool) -> FixtureNode? {
        let start = starts[index]
        let itemEnd = index + 1 < starts.count ? starts[index + 1].offset : end
        let node = source.withBytes(from: start.lineStart, to: itemEnd) { buffer, base -> FixtureNode? in
            let relative = YAMLPosition(offset: start.offset - base, line: start.line, lineStart: start.lineStart - base)
            var parser = FixtureYAMLParser(buffer, source: source, at: relative)
            // It must end where the next item starts: an item stepped over might not.
            guard let node = try? parser.sequenceItem(indent: indent, building: building), parser.offset == itemEnd - base else { return nil }
            return node
        }
        return node ?? nil
    }

    /// Every item has been read: the late check need not read this list at the end.
    func markRead() {
        if let lateCheck { lateCheck.check.markRead(lateCheck.list) }
    }

    /// Runs `body` on the bytes of item `index`, from its dash to where the next item starts;
    /// nil when the file no longer holds them.
    func withItemBytes<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let start = starts[index].offset
        let itemEnd = index + 1 < starts.count ? starts[index + 1].offset : end
        // Asked for from the line's start, as `item(at:)` asks: an item handed on then finds its
        // bytes in the same window instead of reading the file again.
        return source.withBytes(from: starts[index].lineStart, to: itemEnd) { buffer, base in
            body(UnsafeBufferPointer(rebasing: buffer[(start - base)..<(itemEnd - base)]))
        }
    }

    /// The bytes from the first item's dash to the end of the last.
    var byteCount: Int {
        guard let first = starts.first else { return 0 }
        return end - first.offset
    }

    /// The items cut into `count` runs of neighbours, each with the index of its first item and
    /// its own reader of the file, so each run can be parsed on its own thread.
    func split(into count: Int) -> [(firstIndex: Int, items: DeferredItems)] {
        let size = (starts.count + count - 1) / max(count, 1)
        guard size > 0 else { return [] }
        return stride(from: 0, to: starts.count, by: size).map { first in
            let last = min(first + size, starts.count)
            let runEnd = last < starts.count ? starts[last].offset : end
            return (first, DeferredItems(source: source.separateReader(), indent: indent, starts: Array(starts[first..<last]), end: runEnd, lateCheck: lateCheck))
        }
    }
}

/// A fixture file's bytes, shared by the items parsed from it later: in memory, or mapped from
/// the file (`MappedFile`). A large file's bytes are let go once it has been checked, and its
/// deferred items are read back from the file a window at a time (a mapped file's pages are
/// given back as each part of a list is read through): at 10,000 environments that keeps 80 MB
/// of YAML out of the peak memory.
final class YAMLBytes: @unchecked Sendable {
    /// How much of the file one read brings back.
    static let windowSize = 1 << 20

    private let lock = NSLock()
    private var bytes: [UInt8]?
    /// The bytes last read back: `windowCount` of them from file offset `windowStart`, in storage
    /// kept from one read to the next. A new array per read had the kernel zero 80 MB of fresh
    /// pages at 10,000 environments (5 % of the start, perf).
    private var windowStorage: UnsafeMutableBufferPointer<UInt8>?
    private var windowStart = 0
    private var windowCount = 0
    /// The file the bytes came from, when they can be read again.
    let path: String?
    /// The file's mapping, when its bytes are mapped rather than read.
    private let mapping: MappedFile?
    /// The mapping's bytes, read through without retaining `mapping` (`MappedView`).
    private let mapped: MappedView?
    /// The part of the mapping this reader has read since it last let its pages go.
    private var touched = 0..<0
    /// The texts read through this reader, each kept once.
    private let texts = TextStore()

    /// `bytes` nil: a file already let go, read back from `path`.
    init(bytes: [UInt8]?, path: String? = nil) {
        self.bytes = bytes
        self.path = path
        mapping = nil
        mapped = nil
    }

    /// The bytes of a mapped file.
    init(mapping: MappedFile, path: String?) {
        bytes = nil
        self.path = path
        self.mapping = mapping
        mapped = mapping.view
    }

    /// A reader of the same file with its own window and its own stored texts, for another thread.
    func separateReader() -> YAMLBytes {
        lock.withLock {
            if let mapping { return YAMLBytes(mapping: mapping, path: path) }
            return YAMLBytes(bytes: bytes, path: path)
        }
    }

    /// How many bytes the file held when it was read or mapped (0 once the bytes of a file read
    /// whole are let go: ask before).
    var count: Int {
        lock.withLock { mapping?.bytes.count ?? bytes?.count ?? 0 }
    }

    /// Runs `body` on all of the file's bytes, before they are let go.
    func withAllBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withBytes(from: 0, to: count) { buffer, _ in body(buffer) } ?? body(UnsafeBufferPointer(start: nil, count: 0))
    }

    /// The one stored copy of `text`. One thread uses a reader (others get a `separateReader`).
    func interned(_ text: String) -> String {
        texts.interned(text)
    }

    deinit {
        windowStorage?.deallocate()
    }

    /// Lets the last window read back go (a part of a list read on its own thread is done).
    func releaseWindow() {
        lock.withLock {
            windowStorage?.deallocate()
            windowStorage = nil
            windowCount = 0
            mapping?.release(touched)
            touched = 0..<0
        }
    }

    /// Lets the whole file's bytes go when they can be read back from the file.
    func releaseBytes() {
        lock.withLock {
            if path != nil { bytes = nil }
            if let mapping { mapping.release(0..<mapping.bytes.count) }
            touched = 0..<0
        }
    }

    /// Runs `body` on bytes covering `from..<to` of the file and the file offset of their first
    /// byte; nil when the file no longer holds that range.
    func withBytes<Result>(from: Int, to: Int, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Result) -> Result? {
        lock.withLock {
            if let mapped {
                // A torn file holds zeros from somewhere on: nothing more is read from it (an item
                // of zeros would be scanned to the end of the file), and the load is done again.
                guard from <= to, to <= mapped.bytes.count, !mapped.isTorn else { return nil }
                touched = touched.isEmpty ? from..<to : min(touched.lowerBound, from)..<max(touched.upperBound, to)
                return body(mapped.bytes, 0)
            }
            if let bytes { return bytes.withUnsafeBufferPointer { body($0, 0) } }
            if windowStart <= from, to <= windowStart + windowCount, let windowStorage {
                return body(UnsafeBufferPointer(rebasing: windowStorage[..<windowCount]), windowStart)
            }
            guard let path else { return nil }
            let wanted = max(to - from, Self.windowSize)
            if let storage = windowStorage, storage.count < wanted {
                storage.deallocate()
                windowStorage = nil
            }
            let storage = windowStorage ?? UnsafeMutableBufferPointer<UInt8>.allocate(capacity: wanted)
            windowStorage = storage
            windowCount = 0
            guard let read = FileBytes.read(path, from: from, into: UnsafeMutableRawBufferPointer(storage)), read >= to - from else { return nil }
            windowStart = from
            windowCount = read
            return body(UnsafeBufferPointer(rebasing: storage[..<read]), from)
        }
    }
}

/// A byte offset with its 1-based line and the offset that line starts at.
struct YAMLPosition {
    var offset: Int
    var line: Int
    var lineStart: Int
}
