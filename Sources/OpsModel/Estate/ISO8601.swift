import Foundation

/// ISO-8601 instants with or without fractional seconds; always needs a zone designator.
///
/// Parsed and written by arithmetic: `ISO8601DateFormatter` goes through ICU, which cost a
/// fixture load 7 % of its instructions and the process several MiB of library pages.
public enum ISO8601 {
    /// Parses `2026-11-27T09:00:00Z`, `2026-11-27T09:00:00.123+01:00`, `2026-11-27T09:00Z`
    /// (people write minutes without seconds by hand); nil for anything else.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// The same from the text's bytes.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Date? {
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
        // The fraction as a whole number of 10^-fractionDigits seconds (digits past nine dropped),
        // so the instant is one correctly rounded division: 0.999 reads back as it was written.
        var fraction = 0
        var fractionDigits = 0
        if expect(":") {
            guard let value = number(2) else { return nil }
            second = value
            if expect(".") {
                let start = index
                while index < bytes.count, (48...57).contains(bytes[index]) {
                    if fractionDigits < 9 {
                        fraction = fraction * 10 + Int(bytes[index] - 48)
                        fractionDigits += 1
                    }
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
        var scale = 1
        for _ in 0..<fractionDigits { scale *= 10 }
        return Date(timeIntervalSince1970: Double(seconds * scale + fraction) / Double(scale))
    }

    /// `2026-11-27T09:00:00Z`: the form every output of ours uses (whole seconds, UTC).
    public static func format(_ date: Date) -> String {
        format(date, milliseconds: false)
    }

    /// The same, or `2026-11-27T09:00:00.125Z` with `milliseconds` (the journal orders entries by it).
    public static func format(_ date: Date, milliseconds: Bool) -> String {
        // Whole seconds are cut, as Foundation does; milliseconds are rounded, because 0.999 s
        // is 998.99… ms in binary.
        let seconds = date.timeIntervalSince1970
        let totalMilliseconds = milliseconds ? Int((seconds * 1000).rounded()) : Int(seconds.rounded(.down)) * 1000
        let (wholeSeconds, millisecond) = CivilDate.floorDivide(totalMilliseconds, by: 1000)
        let clock = CivilDate.wallClock(wholeSeconds)
        let padded = TimeText.digits
        let fraction = milliseconds ? "." + padded(millisecond, 3) : ""
        return "\(padded(clock.date.year, 4))-\(padded(clock.date.month, 2))-\(padded(clock.date.day, 2))T"
            + "\(padded(clock.hour, 2)):\(padded(clock.minute, 2)):\(padded(clock.second, 2))\(fraction)Z"
    }
}
