import Foundation

/// Reads the timestamps PostgreSQL and the HTTP APIs print, as instants.
///
/// Accepts `2026-11-22 10:49:13.35874+00` (psql), `2026-11-22T10:49:36.291835+00:00` (`row_to_json`),
/// `2026-11-22T10:48:59.049905609Z` (Go, nanoseconds) and offsets like `+05:30`, `-0330` or `+05:30:00`.
/// A timestamp without an offset is refused: guessing its zone would misplace it by hours.
public enum TimestampText {
    /// The instant, or nil when the text is not such a timestamp.
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        var index = 0

        func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += count
            return value
        }
        func expect(_ allowed: Set<UInt8>) -> Bool {
            guard index < bytes.count, allowed.contains(bytes[index]) else { return false }
            index += 1
            return true
        }

        guard let year = digits(4), expect([45]), let month = digits(2), expect([45]), let day = digits(2),
              expect([84, 116, 32]),  // T, t or space
              let hour = digits(2), expect([58]), let minute = digits(2), expect([58]), let second = digits(2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }

        var fraction = 0.0
        if index < bytes.count, bytes[index] == 46 || bytes[index] == 44 {  // . or ,
            index += 1
            var scale = 0.1
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }

        guard index < bytes.count else { return nil }
        var offset = 0
        if bytes[index] == 90 || bytes[index] == 122 {  // Z or z
            index += 1
        } else if bytes[index] == 43 || bytes[index] == 45 {  // + or -
            let sign = bytes[index] == 45 ? -1 : 1
            index += 1
            guard let hours = digits(2), hours < 24 else { return nil }
            var minutes = 0
            var seconds = 0
            if index < bytes.count {
                _ = expect([58])
                guard let value = digits(2), value < 60 else { return nil }
                minutes = value
                if index < bytes.count {
                    guard expect([58]), let value = digits(2), value < 60 else { return nil }
                    seconds = value
                }
            }
            offset = sign * (hours * 3600 + minutes * 60 + seconds)
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }

        let days = daysFromCivil(year: year, month: month, day: day)
        let local = Double(days * 86_400 + hour * 3600 + minute * 60 + second) + fraction
        return Date(timeIntervalSince1970: local - Double(offset))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm; no calendar needed).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// A JSON string holding a timestamp with an offset, decoded to an instant or failing with the field's path.
struct TimestampField: Decodable, Sendable, Hashable {
    /// The instant.
    let date: Date

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = TimestampText.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a timestamp with an offset: \"\(text.prefix(64))\"")
        }
        self.date = date
    }
}
