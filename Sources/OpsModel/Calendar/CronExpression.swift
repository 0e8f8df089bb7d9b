/// A parsed 5-field cron expression (minute hour day-of-month month day-of-week), Vixie style.
///
/// Each field is kept as a bit set so matching a day or a time is a couple of bit tests.
public struct CronExpression: Sendable, Hashable, CustomStringConvertible {
    /// The expression as written.
    public let source: String
    let minuteBits: UInt64
    let hourBits: UInt64
    let dayOfMonthBits: UInt64
    let monthBits: UInt64
    /// Sunday is bit 0; a written 7 is folded onto it.
    let dayOfWeekBits: UInt64
    /// Vixie cron decides "restricted" by the first character: a field starting with `*`
    /// (including `*/2`) does not restrict, and then both day fields must match.
    let dayOfMonthStarred: Bool
    let dayOfWeekStarred: Bool

    /// Minutes of the hour it fires at, ascending.
    public let minutes: [Int]
    /// Hours of the day it fires at, ascending.
    public let hours: [Int]

    /// Parses an expression, throwing a `CronError` naming the field and text at fault.
    public init(_ source: String) throws(CronError) {
        let fields = source.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count == 5 else {
            throw CronError(
                field: nil, text: source,
                problem: "expected 5 fields (minute hour day-of-month month day-of-week), found \(fields.count)"
            )
        }
        self.source = source
        minuteBits = try CronExpression.parseField(fields[0], as: .minute)
        hourBits = try CronExpression.parseField(fields[1], as: .hour)
        dayOfMonthBits = try CronExpression.parseField(fields[2], as: .dayOfMonth)
        monthBits = try CronExpression.parseField(fields[3], as: .month)
        dayOfWeekBits = try CronExpression.parseField(fields[4], as: .dayOfWeek)
        dayOfMonthStarred = fields[2].hasPrefix("*")
        dayOfWeekStarred = fields[4].hasPrefix("*")
        minutes = CronExpression.members(of: minuteBits, in: CronField.minute.bounds)
        hours = CronExpression.members(of: hourBits, in: CronField.hour.bounds)
    }

    /// The expression as written.
    public var description: String { source }

    /// Whether it fires at some time of a wall-clock day (month, and the Vixie day rule).
    func matches(day date: CivilDate) -> Bool {
        guard monthBits & (1 << UInt64(date.month)) != 0 else { return false }
        let dayOfMonthMatches = dayOfMonthBits & (1 << UInt64(date.day)) != 0
        let dayOfWeekMatches = dayOfWeekBits & (1 << UInt64(date.weekday)) != 0
        if dayOfMonthStarred || dayOfWeekStarred {
            return dayOfMonthMatches && dayOfWeekMatches
        }
        // Both restricted: Vixie fires when either matches ("the 1st, or any Monday").
        return dayOfMonthMatches || dayOfWeekMatches
    }

    /// Whether it fires at a wall-clock minute.
    public func matches(year: Int, month: Int, day: Int, hour: Int, minute: Int) -> Bool {
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid, CronField.hour.bounds.contains(hour), CronField.minute.bounds.contains(minute) else {
            return false
        }
        return matches(day: date) && hourBits & (1 << UInt64(hour)) != 0 && minuteBits & (1 << UInt64(minute)) != 0
    }

    private static func members(of bits: UInt64, in range: ClosedRange<Int>) -> [Int] {
        range.filter { bits & (1 << UInt64($0)) != 0 }
    }
}
