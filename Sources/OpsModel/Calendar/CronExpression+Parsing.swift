extension CronExpression {
    /// Parses one field (lists, ranges, steps, names) into a bit set of its values.
    static func parseField(_ text: String, as field: CronField) throws(CronError) -> UInt64 {
        func failure(_ problem: String) -> CronError {
            CronError(field: field, text: text, problem: problem)
        }
        guard !text.isEmpty else { throw failure("empty field") }
        var bits: UInt64 = 0
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard !item.isEmpty else { throw failure("empty item in list") }
            let parts = item.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count <= 2 else { throw failure("more than one step in \"\(item)\"") }
            let rangeText = String(parts[0])
            let range = try parseRange(rangeText, as: field, failure: failure)
            var step = 1
            if parts.count == 2 {
                let stepText = String(parts[1])
                let width = field.wildcardRange.count
                guard let value = Int(stepText), isDigits(stepText) else {
                    throw failure("step \"\(stepText)\" is not a number")
                }
                guard (1...width).contains(value) else { throw failure("step \(value) is out of range 1–\(width)") }
                guard rangeText == "*" || rangeText.contains("-" as Character) else {
                    throw failure("a step needs a range: write */\(value) or \(rangeText)-\(field.bounds.upperBound)/\(value)")
                }
                step = value
            }
            for value in stride(from: range.lowerBound, through: range.upperBound, by: step) {
                // Day-of-week 7 is Sunday, like 0.
                let normalised = field == .dayOfWeek && value == 7 ? 0 : value
                bits |= 1 << UInt64(normalised)
            }
        }
        return bits
    }

    /// Parses `*`, `a` or `a-b` into the values it spans.
    private static func parseRange(
        _ text: String, as field: CronField, failure: (String) -> CronError
    ) throws(CronError) -> ClosedRange<Int> {
        if text == "*" { return field.wildcardRange }
        let ends = text.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count <= 2 else { throw failure("malformed range \"\(text)\"") }
        let low = try parseValue(String(ends[0]), as: field, failure: failure)
        guard ends.count == 2 else { return low...low }
        let high = try parseValue(String(ends[1]), as: field, failure: failure)
        guard low <= high else { throw failure("range \"\(text)\" runs backwards") }
        return low...high
    }

    /// True when every character of `text` is an ASCII digit (a digit with a combining mark
    /// is one character of several bytes, so it is not).
    private static func isDigits(_ text: String) -> Bool {
        text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// Parses a number or (for months and weekdays) a three-letter name, within bounds.
    private static func parseValue(
        _ text: String, as field: CronField, failure: (String) -> CronError
    ) throws(CronError) -> Int {
        guard !text.isEmpty else { throw failure("missing value") }
        if let named = field.value(named: text) { return named }
        guard isDigits(text), let value = Int(text) else {
            throw failure("\"\(text)\" is not a number\(field.names.isEmpty ? "" : " or a name")")
        }
        let bounds = field.bounds
        guard bounds.contains(value) else {
            throw failure("\(value) is out of range \(bounds.lowerBound)–\(bounds.upperBound)")
        }
        return value
    }
}
