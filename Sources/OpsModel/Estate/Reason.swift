/// One reason behind a verdict, with the data it rests on, as the screen and `--json` show it.
public struct Reason: Sendable, Hashable, Codable {
    /// Short stable identifier of the rule, e.g. `backup.rpo`, `calendar.freeze`.
    public var rule: String
    /// The status this reason contributes.
    public var status: Status
    /// One sentence a person reads, e.g. "archiving failing since 10:51 (9 failures)".
    public var message: String
    /// The data behind it, as key/value pairs (stable keys for JSON consumers).
    public var data: [String: String]

    public init(rule: String, status: Status, message: String, data: [String: String] = [:]) {
        self.rule = rule
        self.status = status
        self.message = message
        self.data = data
    }
}
