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

    /// Names accepted in place of numbers (case-insensitive, three letters).
    var names: [String: Int] {
        switch self {
        case .month:
            return ["JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6,
                    "JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12]
        case .dayOfWeek:
            return ["SUN": 0, "MON": 1, "TUE": 2, "WED": 3, "THU": 4, "FRI": 5, "SAT": 6]
        default:
            return [:]
        }
    }
}
