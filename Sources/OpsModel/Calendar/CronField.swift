/// One of the five fields of a cron expression, named as error messages name it.
public enum CronField: String, Sendable, Hashable, CaseIterable {
    case minute
    case hour
    case dayOfMonth = "day-of-month"
    case month
    case dayOfWeek = "day-of-week"

    /// The values a field may be written with (day-of-week accepts 7 as a second Sunday).
    public var bounds: ClosedRange<Int> {
        switch self {
        case .minute: return 0...59
        case .hour: return 0...23
        case .dayOfMonth: return 1...31
        case .month: return 1...12
        case .dayOfWeek: return 0...7
        }
    }

    /// What `*` stands for; day-of-week stops at 6 so that `*/2` does not count Sunday twice.
    var wildcardRange: ClosedRange<Int> {
        self == .dayOfWeek ? 0...6 : bounds
    }

    /// Names accepted in place of numbers (case-insensitive, three letters), in value order.
    var names: [String] {
        switch self {
        case .month: return ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        case .dayOfWeek: return ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]
        default: return []
        }
    }

    /// The value `text` names (`jan`, `Mon`), or nil. Only three ASCII letters are looked up:
    /// the names were a dictionary built, and the text upper-cased, for every value of every
    /// cron field read (~4,000 instructions each; callgrind).
    func value(named text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 3, bytes.allSatisfy({ (0x41...0x5A).contains($0 & 0xDF) }) else { return nil }
        let upper = String(decoding: bytes.map { $0 & 0xDF }, as: UTF8.self)
        guard let index = names.firstIndex(of: upper) else { return nil }
        return self == .month ? index + 1 : index
    }
}
