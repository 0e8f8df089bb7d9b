import Foundation
import OpsModel

/// Reads fixture times: absolute ISO-8601 instants or `now`, `now-2h`, `now+3d4h` relative to the load's anchor.
enum FixtureTime {
    /// An instant, or nil when the text is neither form.
    static func instant(_ text: String, anchor: Date) -> Date? {
        var trimmed = text.trimmedOfWhitespace
        return trimmed.withUTF8 { bytes in
            guard bytes.count >= 3, bytes[0] == UInt8(ascii: "n"), bytes[1] == UInt8(ascii: "o"), bytes[2] == UInt8(ascii: "w") else {
                return ISO8601.parse(utf8: bytes)
            }
            if bytes.count == 3 { return anchor }
            let sign = bytes[3]
            guard sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") else { return nil }
            // A duration as any other (`now- 2h` trimmed too); it fits a `String` without a heap copy.
            guard let offset = DurationText.parse(String(decoding: bytes[4...], as: UTF8.self)) else { return nil }
            return anchor.addingTimeInterval(sign == UInt8(ascii: "-") ? -offset : offset)
        }
    }

    /// A wall-clock date-time without zone, `2026-11-27T00:00` or `2026-11-27 00:00` or `2026-11-27`.
    static func localDateTime(_ text: String) -> LocalDateTime? {
        let parts = text.trimmedOfWhitespace.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard let datePart = parts.first, parts.count <= 2 else { return nil }
        let date = datePart.split(separator: "-").compactMap { Int($0) }
        guard date.count == 3 else { return nil }
        var hour = 0, minute = 0
        if parts.count == 2 {
            let time = parts[1].split(separator: ":").compactMap { Int($0) }
            guard time.count == 2 || time.count == 3 else { return nil }
            hour = time[0]
            minute = time[1]
        }
        guard (1...12).contains(date[1]), (1...31).contains(date[2]), (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return LocalDateTime(year: date[0], month: date[1], day: date[2], hour: hour, minute: minute)
    }
}
