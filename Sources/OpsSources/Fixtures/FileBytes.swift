import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file, or part of one, straight into a byte array (no intermediate `Data`, which
/// doubled the peak memory of a large fixture file for a moment).
enum FileBytes {
    /// `count` bytes from `offset` (fewer at the end of the file), or the whole file.
    static func read(_ path: String, from offset: Int = 0, count: Int? = nil) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let wanted = count ?? max(0, Int(status.st_size) - offset)
        // Read into uninitialised storage: zeroing 80 MB first only to overwrite it was a cost of its own.
        return [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialized in
            // A file that shrank while read is taken as it now is.
            initialized = fill(UnsafeMutableRawBufferPointer(buffer), from: descriptor, at: offset)
        }
    }

    /// Reads up to `buffer.count` bytes from `offset` into `buffer`; how many it read, or nil
    /// when the file cannot be opened. For a buffer read into again and again, whose pages are
    /// then already the process's (a fresh one is zeroed by the kernel page by page first).
    static func read(_ path: String, from offset: Int, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return fill(buffer, from: descriptor, at: offset)
    }

    /// Reads from `offset` until `buffer` is full or the file ends; how many bytes it read.
    private static func fill(_ buffer: UnsafeMutableRawBufferPointer, from descriptor: Int32, at offset: Int) -> Int {
        var filled = 0
        while filled < buffer.count, let base = buffer.baseAddress {
            let got = pread(descriptor, base + filled, buffer.count - filled, off_t(offset + filled))
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            filled += got
        }
        return filled
    }

    /// The size of a regular file, or nil when it is not one.
    static func size(_ path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }
}
