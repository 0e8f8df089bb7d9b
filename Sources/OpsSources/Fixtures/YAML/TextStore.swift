import Foundation

/// One copy of each text too long to be stored inline in a `String` (over 15 bytes): at 10,000
/// environments the same component names, regions and owners repeat in every one. One thread
/// uses a store (each part of a list read in parallel has its own).
final class TextStore {
    /// Texts by a hash of their bytes. Two texts with the same hash are rare: the second is then
    /// simply not shared, which costs memory, never correctness.
    private var texts: [UInt64: String] = [:]

    /// The one stored copy of `text`.
    func interned(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        var bytesOf = text
        return bytesOf.withUTF8 { bytes in
            let hash = Self.hash(bytes)
            return stored(bytes, hash: hash) ?? keep(text, hash: hash)
        }
    }

    /// The text of `range` in `bytes` (valid UTF-8, as the check pass found it), from the store
    /// when it is there: a repeated text is found by its bytes, without making a `String` first.
    func interned(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard slice.count > 15 else { return String(decoding: slice, as: UTF8.self) }
        let hash = Self.hash(slice)
        return stored(slice, hash: hash) ?? keep(String(decoding: slice, as: UTF8.self), hash: hash)
    }

    private func stored(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String? {
        guard var known = texts[hash] else { return nil }
        return known.withUTF8 { $0.hasSameBytes(as: bytes) } ? known : nil
    }

    private func keep(_ text: String, hash: UInt64) -> String {
        if texts[hash] == nil { texts[hash] = text }
        return text
    }

    /// FNV-1a over the bytes, eight at a time: the dictionary hashes the result again with its
    /// own seed, so crafted texts can only make texts unshared, not slow.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x0000_0100_0000_01b3
            index += 8
        }
        while index < bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01b3
            index += 1
        }
        return hash ^ UInt64(bytes.count)
    }
}
