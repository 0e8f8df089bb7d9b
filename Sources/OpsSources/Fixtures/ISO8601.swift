import Foundation
import OpsModel

/// ISO-8601 instants with or without fractional seconds; always needs a zone designator.
///
/// Parsed and written by arithmetic: `ISO8601DateFormatter` goes through ICU, which cost a
/// fixture load 7 % of its instructions and the process several MiB of library pages.
public enum ISO8601 {
    /// Parses `2026-11-27T09:00:00Z`, `2026-11-27T09:00:00.123+01:00`, `2026-11-27T09:00Z`
    /// (people write minutes without seconds by hand); nil for anything else.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= bytes.count else { return nil }
            var value = 0
            for _ in 0..<digits {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
                index += 1
            }
            return value
        }
        func expect(_ character: Character) -> Bool {
            guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
              expect("T"), let hour = number(2), expect(":"), let minute = number(2) else { return nil }
        var second = 0
        var fraction = 0.0
        if expect(":") {
            guard let value = number(2) else { return nil }
            second = value
            if expect(".") {
                var scale = 0.1
                let start = index
                while index < bytes.count, (48...57).contains(bytes[index]) {
                    fraction += Double(bytes[index] - 48) * scale
                    scale /= 10
                    index += 1
                }
                guard index > start else { return nil }
            }
        }
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid, hour <= 23, minute <= 59, second <= 59 else { return nil }
        var offset = 0
        if expect("Z") {
            offset = 0
        } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
            guard let offsetHours = number(2), expect(":"), let offsetMinutes = number(2),
                  offsetHours <= 23, offsetMinutes <= 59 else { return nil }
            offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }
        let seconds = date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// `2026-11-27T09:00:00Z`: the form every output of ours uses (whole seconds, UTC).
    public static func format(_ date: Date) -> String {
        let (days, secondOfDay) = CivilDate.floorDivide(Int(date.timeIntervalSince1970.rounded(.down)), by: 86_400)
        let day = CivilDate(daysSinceEpoch: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let year = day.year < 0 || day.year > 9999 ? "\(day.year)" : String(repeating: "0", count: 4 - "\(day.year)".count) + "\(day.year)"
        return "\(year)-\(two(day.month))-\(two(day.day))T\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60))Z"
    }
}
