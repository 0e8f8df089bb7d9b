import Foundation

/// Human forms of durations, shared by every view and the CLI so ages read the same everywhere.
public enum DurationText {
    /// Compact age such as `42s`, `18m`, `3h05m`, `2d4h`; negative values are shown as `0s`.
    public static func short(_ seconds: TimeInterval) -> String {
        guard seconds.isFinite else { return "?" }
        let total = Int(max(0, seconds.rounded(.down)))
        if total < 60 { return "\(total)s" }
        let minutes = total / 60
        if minutes < 60 { return "\(minutes)m" }
        let hours = minutes / 60
        if hours < 48 {
            let rest = minutes % 60
            return rest == 0 ? "\(hours)h" : "\(hours)h\(rest < 10 ? "0" : "")\(rest)m"
        }
        let days = hours / 24
        let restHours = hours % 24
        return restHours == 0 ? "\(days)d" : "\(days)d\(restHours)h"
    }

    /// The largest unit only, for narrow cells: `40s`, `25m`, `14h`, `34d`.
    public static func coarse(_ seconds: TimeInterval) -> String {
        guard seconds.isFinite else { return "?" }
        let total = Int(max(0, seconds.rounded(.down)))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m" }
        if total < 2 * 86400 { return "\(total / 3600)h" }
        return "\(total / 86400)d"
    }

    /// Parses `90m`, `1h30m`, `42d`, `15s`, `2w`, `1d12h`; nil when malformed or empty.
    public static func parse(_ text: String) -> TimeInterval? {
        var trimmed = text.trimmedOfWhitespace
        return trimmed.withUTF8 { parse(utf8: $0) }
    }

    /// The same from the text's bytes, already trimmed: numbers of ASCII digits and at most one
    /// point, each followed by its unit. Read byte by byte, not as characters: a large fixture
    /// load reads tens of thousands of relative times (`now-2h`).
    private static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> TimeInterval? {
        guard !bytes.isEmpty else { return nil }
        var total: TimeInterval = 0
        var numberStart = 0
        var sawUnit = false
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: ".") { continue }
            let unit: TimeInterval
            switch byte {
            case UInt8(ascii: "s"): unit = 1
            case UInt8(ascii: "m"): unit = 60
            case UInt8(ascii: "h"): unit = 3600
            case UInt8(ascii: "d"): unit = 86400
            case UInt8(ascii: "w"): unit = 7 * 86400
            default: return nil
            }
            // Digits and at most one point (`12`, `1.5`, `.5`, `2.`), as `Double` reads them.
            let number = numberStart..<index
            guard let value = DecimalNumber.plainDecimal(bytes, number)
                ?? Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[number]), as: UTF8.self))
            else { return nil }
            total += value * unit
            numberStart = index + 1
            sawUnit = true
        }
        guard numberStart == bytes.count, sawUnit else { return nil }
        return total
    }
}

extension String {
    /// The text without leading and trailing whitespace; the text itself when there is none,
    /// which is almost always and skips Foundation's bridging (a large load trims millions).
    public var trimmedOfWhitespace: String {
        // Nearly always a printable ASCII byte at both ends, seen without making `Character`s.
        if let head = utf8.first, let tail = utf8.last, head > 0x20, head < 0x7F, tail > 0x20, tail < 0x7F { return self }
        guard first?.isWhitespace == true || last?.isWhitespace == true else { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
