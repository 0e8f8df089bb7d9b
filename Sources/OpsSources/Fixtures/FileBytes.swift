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
        var bytes = [UInt8](repeating: 0, count: wanted)
        var filled = 0
        while filled < wanted {
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + filled, wanted - filled, off_t(offset + filled)) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            filled += got
        }
        // A file that shrank while read is taken as it now is.
        bytes.removeLast(wanted - filled)
        return bytes
    }
}
