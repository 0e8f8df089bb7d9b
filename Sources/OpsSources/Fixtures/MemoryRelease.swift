#if canImport(Glibc)
import Glibc
#endif

/// Gives memory that was freed back to the system.
///
/// Parsing a large estate frees its syntax trees and parts' helpers as it goes, but glibc's
/// allocator keeps freed pages in its arenas, still counted as the console's memory. A trim at
/// the end of a large load, and after a new overview replaces an old one, keeps the memory to
/// what the estate needs.
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
