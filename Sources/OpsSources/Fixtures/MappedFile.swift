import CMappedFile
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A large fixture file mapped read-only instead of read into fresh memory.
///
/// Reading the 80 MB signals file of 10,000 environments into new memory cost ~50 ms of the first
/// frame (the kernel zeroes and maps each page before the copy); mapped, its pages come straight
/// from the page cache. A file truncated while mapped would raise SIGBUS on the next read of a
/// page past its new end: the guard (C, `mapped_file.c`) maps zeros there instead and marks the
/// mapping torn, and the load that read it is done again from the file as it now is.
final class MappedFile: @unchecked Sendable {
    /// The mapped bytes; valid until this object goes.
    let bytes: UnsafeBufferPointer<UInt8>
    private let slot: Int32

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
        bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: Int(status.st_size))
    }

    deinit {
        opsdeck_unmap_file(slot)
    }

    /// Whether a read found the file shorter than when it was mapped (the rest then read as zeros).
    var isTorn: Bool { opsdeck_mapped_file_torn(slot) != 0 }

    /// Lets the pages of `range` go from the process's memory (they are read from the file again
    /// if touched): a part of a list read through is not needed again.
    func release(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        opsdeck_mapped_file_release(slot, range.lowerBound, range.count)
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

/// The files one load mapped, to ask at its end whether any of them was torn.
final class MappedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [MappedFile] = []

    /// Keeps `file` (and its mapping) until the load is done.
    func keep(_ file: MappedFile) {
        lock.withLock { files.append(file) }
    }

    /// Whether any file kept was found shorter while it was read.
    var anyTorn: Bool {
        lock.withLock { files.contains(where: \.isTorn) }
    }
}
