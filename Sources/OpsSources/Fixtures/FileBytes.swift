import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file, or part of one, straight into a byte array (no intermediate `Data`, which
/// doubled the peak memory of a large fixture file for a moment).
enum FileBytes {
    /// The whole file, or nil when it is not a regular file that can be read.
    static func read(_ path: String) -> [UInt8]? {
        withOpenFile(path) { descriptor, size in
            // Read into uninitialised storage: zeroing 80 MB first only to overwrite it was a cost of its own.
            [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
                // A file that shrank while read is taken as it now is.
                initialized = fill(UnsafeMutableRawBufferPointer(buffer), from: descriptor, at: 0)
            }
        }
    }

    /// Reads up to `buffer.count` bytes from `offset` into `buffer`; how many it read, or nil
    /// when the file cannot be opened. For a buffer read into again and again, whose pages are
    /// then already the process's (a fresh one is zeroed by the kernel page by page first).
    static func read(_ path: String, from offset: Int, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        withOpenFile(path) { descriptor, _ in fill(buffer, from: descriptor, at: offset) }
    }

    /// The size of a regular file, or nil when it is not one.
    static func size(_ path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// Runs `body` on the open file and its size; nil when it is not a regular file that opens.
    private static func withOpenFile<Result>(_ path: String, _ body: (_ descriptor: Int32, _ size: Int) -> Result) -> Result? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return body(descriptor, Int(status.st_size))
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
}
