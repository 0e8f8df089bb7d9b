import CMappedFile
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A large fixture file mapped read-only instead of read into fresh memory.
///
/// Reading the 80 MB signals file of 10,000 environments into new memory cost ~50 ms of the first
/// frame (the kernel zeroes and maps each page before the copy); mapped, its pages come straight
/// from the page cache. A mapping shows the file as it is at each read, so a file written while
/// it is loaded could be read half old, half new: the load asks `hasChanged` (the file is not
/// the one mapped: another size, time or inode) and is then done again with every file read
/// whole. A file truncated while mapped would also raise SIGBUS on the next read of a page past
/// its new end: the guard (C, `mapped_file.c`) maps zeros there instead and marks the mapping
/// torn, and nothing more is read from it.
final class MappedFile: @unchecked Sendable {
    /// The mapped bytes; valid until this object goes.
    let bytes: UnsafeBufferPointer<UInt8>
    private let slot: Int32
    private let path: String
    /// The file as it was mapped.
    private let identity: FileIdentity

    /// Maps the regular file at `path`; nil when it cannot be opened, is empty or cannot be mapped.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 else { return nil }
        var slot: Int32 = -1
        guard let base = opsdeck_map_file(descriptor, Int(status.st_size), &slot) else { return nil }
        self.slot = slot
        self.path = path
        identity = FileIdentity(status)
        bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: Int(status.st_size))
    }

    deinit {
        opsdeck_unmap_file(slot)
    }

    /// Whether a read found the file shorter than when it was mapped (the rest then read as zeros).
    var isTorn: Bool { view.isTorn }

    /// The bytes and the torn flag as a value, valid while this object is kept.
    var view: MappedView { MappedView(bytes: bytes, slot: slot) }

    /// Whether the file may not hold what was mapped any more: torn, or written, replaced or
    /// gone since (a write within the same second and size still changes its times' nanoseconds).
    var hasChanged: Bool {
        guard !isTorn else { return true }
        var status = stat()
        return stat(path, &status) != 0 || FileIdentity(status) != identity
    }

    /// Lets the pages of `range` go from the process's memory (they are read from the file again
    /// if touched): a part of a list read through is not needed again.
    func release(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        opsdeck_mapped_file_release(slot, range.lowerBound, range.count)
    }
}

/// What tells one state of a file from another: device, inode, size, and modification and
/// status-change times.
private struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: timespec
    let changed: timespec

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modified = status.st_mtim
        changed = status.st_ctim
    }

    static func == (left: FileIdentity, right: FileIdentity) -> Bool {
        left.device == right.device && left.inode == right.inode && left.size == right.size
            && left.modified.tv_sec == right.modified.tv_sec && left.modified.tv_nsec == right.modified.tv_nsec
            && left.changed.tv_sec == right.changed.tv_sec && left.changed.tv_nsec == right.changed.tv_nsec
    }
}

/// Keeps the SIGBUS guard of mapped files in front of handlers installed after it.
public enum MappedFileGuard {
    /// Installs the guard again when another SIGBUS handler replaced it; that one is called for
    /// faults outside mapped fixture files.
    public static func install() {
        opsdeck_mapped_file_guard_install()
    }
}

/// A `MappedFile`'s bytes and torn flag, read without touching the object: readers on every
/// core read items through one mapping, and retaining and releasing the object for each item
/// bounced its reference count from core to core (5 % of the signals' reading at 10,000
/// environments, perf).
struct MappedView {
    /// The mapped bytes; valid while the `MappedFile` is kept.
    let bytes: UnsafeBufferPointer<UInt8>
    fileprivate let slot: Int32

    /// Whether a read found the file shorter than when it was mapped.
    var isTorn: Bool { opsdeck_mapped_file_torn(slot) != 0 }
}

/// The files one load mapped, to ask whether any of them changed while it was read.
final class MappedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [MappedFile] = []

    /// Keeps `file` (and its mapping) until the load is done.
    func keep(_ file: MappedFile) {
        lock.withLock { files.append(file) }
    }

    /// Whether any file kept may have changed while it was read (`MappedFile.hasChanged`).
    var anyChanged: Bool {
        lock.withLock { files.contains(where: \.hasChanged) }
    }
}
