import Foundation
import OpsModel

/// Reads fixture times: absolute ISO-8601 instants or `now`, `now-2h`, `now+3d4h` relative to the load's anchor.
enum FixtureTime {
    /// An instant, or nil when the text is neither form.
    static func instant(_ text: String, anchor: Date) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "now" { return anchor }
        if trimmed.hasPrefix("now") {
            let rest = trimmed.dropFirst(3)
            guard let sign = rest.first, sign == "-" || sign == "+",
                  let offset = DurationText.parse(String(rest.dropFirst())) else { return nil }
            return anchor.addingTimeInterval(sign == "-" ? -offset : offset)
        }
        return ISO8601.parse(trimmed)
    }

    /// A wall-clock date-time without zone, `2026-11-27T00:00` or `2026-11-27 00:00` or `2026-11-27`.
    static func localDateTime(_ text: String) -> LocalDateTime? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "T" || $0 == " " })
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

/// ISO-8601 instants with or without fractional seconds; always needs a zone designator.
public enum ISO8601 {
    /// Parses `2026-11-27T09:00:00Z`, `2026-11-27T09:00:00.123+01:00`, `2026-11-27T09:00Z`.
    public static func parse(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = fractional.date(from: text) { return date }
        // Minutes without seconds: people write 09:00Z by hand.
        if text.count >= 17, let tIndex = text.firstIndex(of: "T") {
            let timePart = text[text.index(after: tIndex)...]
            let zoneStart = timePart.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" })
            if let zoneStart, timePart[timePart.startIndex..<zoneStart].count == 5 {
                var withSeconds = text
                withSeconds.insert(contentsOf: ":00", at: zoneStart)
                return plain.date(from: withSeconds)
            }
        }
        return nil
    }

    /// `2026-11-27T09:00:00Z`: the form every output of ours uses.
    public static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
