/// One reason behind a verdict, with the data it rests on, as the screen and `--json` show it.
public struct Reason: Sendable, Hashable, Codable {
    /// Short stable identifier of the rule, e.g. `backup.rpo`, `calendar.freeze`.
    public var rule: String
    /// The status this reason contributes.
    public var status: Status
    private var text: Text

    /// The sentence and data as given, or to be written when first read: most reasons are
    /// written at once and need no lock of their own.
    private enum Text: Sendable {
        case written(message: String, data: [String: String])
        case deferred(Deferred<(message: String, data: [String: String])>)

        var value: (message: String, data: [String: String]) {
            switch self {
            case .written(let message, let data): (message, data)
            case .deferred(let text): text.value
            }
        }
    }

    /// One sentence a person reads, e.g. "archiving failing since 10:51 (9 failures)".
    public var message: String {
        get { text.value.message }
        set { text = .written(message: newValue, data: data) }
    }

    /// The data behind it, as key/value pairs (stable keys for JSON consumers).
    public var data: [String: String] {
        get { text.value.data }
        set { text = .written(message: message, data: newValue) }
    }

    public init(rule: String, status: Status, message: String, data: [String: String] = [:]) {
        self.rule = rule
        self.status = status
        text = .written(message: message, data: data)
    }

    /// A reason whose sentence and data are written when first read. A large estate's overview
    /// judges every environment's backups, and the sentences of all of them (dates, durations, a
    /// dictionary each) were most of that work, while a screen shows a few (docs/performance.md).
    /// `write` must depend only on what it captures.
    public init(rule: String, status: Status, text write: @escaping @Sendable () -> (message: String, data: [String: String])) {
        self.rule = rule
        self.status = status
        text = .deferred(Deferred(write))
    }

    public static func == (lhs: Reason, rhs: Reason) -> Bool {
        guard lhs.rule == rhs.rule, lhs.status == rhs.status else { return false }
        if case .deferred(let left) = lhs.text, case .deferred(let right) = rhs.text, left === right { return true }
        let left = lhs.text.value
        let right = rhs.text.value
        return left.message == right.message && left.data == right.data
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(status)
        hasher.combine(message)
        hasher.combine(data)
    }

    private enum CodingKeys: String, CodingKey {
        case rule, status, message, data
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            rule: try container.decode(String.self, forKey: .rule), status: try container.decode(Status.self, forKey: .status),
            message: try container.decode(String.self, forKey: .message), data: try container.decode([String: String].self, forKey: .data)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(status, forKey: .status)
        try container.encode(message, forKey: .message)
        try container.encode(data, forKey: .data)
    }
}
