/// Why a cron expression was rejected: the field at fault, its text and the problem.
public struct CronError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The field at fault; nil when the expression as a whole is malformed (e.g. field count).
    public var field: CronField?
    /// The offending text: the field as written, or the whole expression.
    public var text: String
    /// What is wrong with it, in words.
    public var problem: String

    /// An error naming a field (or the whole expression when `field` is nil).
    public init(field: CronField?, text: String, problem: String) {
        self.field = field
        self.text = text
        self.problem = problem
    }

    /// The field's name as written in messages, or `expression` for whole-expression errors.
    public var fieldName: String { field?.rawValue ?? "expression" }

    /// E.g. `hour "24": 24 is out of range 0–23`.
    public var description: String { "\(fieldName) \"\(text)\": \(problem)" }
}
