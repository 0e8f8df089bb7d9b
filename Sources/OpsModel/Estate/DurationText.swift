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
        let trimmed = text.trimmedOfWhitespace
        guard !trimmed.isEmpty else { return nil }
        var total: TimeInterval = 0
        var number = ""
        var sawUnit = false
        for character in trimmed {
            if character.isNumber || character == "." {
                number.append(character)
                continue
            }
            guard let value = Double(number) else { return nil }
            let unit: TimeInterval
            switch character {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3600
            case "d": unit = 86400
            case "w": unit = 7 * 86400
            default: return nil
            }
            total += value * unit
            number = ""
            sawUnit = true
        }
        guard number.isEmpty, sawUnit else { return nil }
        return total
    }
}

extension String {
    /// The text without leading and trailing whitespace; the text itself when there is none,
    /// which is almost always and skips Foundation's bridging (a large load trims millions).
    public var trimmedOfWhitespace: String {
        guard first?.isWhitespace == true || last?.isWhitespace == true else { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
