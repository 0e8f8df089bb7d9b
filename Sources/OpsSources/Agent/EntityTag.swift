import Foundation

/// A strong entity tag for a response body: a 64-bit FNV-1a hash, enough to tell changed data from unchanged.
public enum EntityTag {
    /// `"fnv1a64-0123456789abcdef"`, quoted as HTTP wants.
    public static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "\"fnv1a64-" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
    }

    /// Whether an `If-None-Match` header value names `tag` (a list, `*`, or weak forms all count).
    public static func matches(ifNoneMatch header: String, tag: String) -> Bool {
        let bare = tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag
        for candidate in header.split(separator: ",") {
            var text = candidate.trimmingCharacters(in: .whitespaces)
            if text == "*" { return true }
            if text.hasPrefix("W/") { text = String(text.dropFirst(2)) }
            if text == bare { return true }
        }
        return false
    }
}
