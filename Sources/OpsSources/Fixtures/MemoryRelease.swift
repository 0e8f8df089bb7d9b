#if canImport(Glibc)
import Glibc
#endif

/// Gives memory that was freed back to the system.
///
/// Parsing a large estate frees its syntax trees and each file's bytes as it goes, but glibc's
/// allocator keeps freed pages in its arenas: 30 MB at 10,000 environments, still counted as
/// the console's memory. Trimming after each file keeps the peak to what the estate needs.
public enum MemoryRelease {
    /// glibc's `malloc_trim`, looked up at run time: `<malloc.h>` is not part of Swift's Glibc module.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()

    /// Trims every arena; cheap when little is free.
    public static func returnFreedMemory() {
        _ = trim?(0)
    }
}
