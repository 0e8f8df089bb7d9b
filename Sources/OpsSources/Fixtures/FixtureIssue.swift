/// A problem found while loading a fixture file: where it is and what is wrong.
public struct FixtureIssue: Sendable, Hashable, CustomStringConvertible {
    /// Whether the item was skipped (error) or loaded with the issue noted (warning).
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var path: String
    public var line: Int?
    public var field: String
    public var message: String
    public var severity: Severity

    public init(path: String, line: Int?, field: String, message: String, severity: Severity) {
        self.path = path
        self.line = line
        self.field = field
        self.message = message
        self.severity = severity
    }

    /// `path:line: error: field: message`, the form editors and people both read.
    public var description: String {
        let location = line.map { "\(path):\($0)" } ?? path
        return "\(location): \(severity.rawValue): \(field): \(message)"
    }
}

/// Collects issues while one fixture directory loads.
final class IssueLog {
    private(set) var issues: [FixtureIssue] = []

    func add(_ issue: FixtureIssue) { issues.append(issue) }

    /// Another log's issues, after this one's.
    func add(contentsOf others: [FixtureIssue]) { issues += others }

    func error(_ path: String, _ line: Int?, _ field: String, _ message: String) {
        add(FixtureIssue(path: path, line: line, field: field, message: message, severity: .error))
    }

    func warning(_ path: String, _ line: Int?, _ field: String, _ message: String) {
        add(FixtureIssue(path: path, line: line, field: field, message: message, severity: .warning))
    }
}
