import Foundation
import OpsSources
import NIOConcurrencyHelpers

/// A value in a structured log line.
public enum LogValue: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case text(String)
    case integer(Int)
    case number(Double)
    case flag(Bool)

    /// A literal string.
    public init(stringLiteral value: String) { self = .text(value) }
    /// A literal integer.
    public init(integerLiteral value: Int) { self = .integer(value) }

    var json: String {
        switch self {
        case .text(let text): return AgentLog.quoted(text)
        case .integer(let value): return String(value)
        case .number(let value): return value.isFinite ? String(format: "%.3f", value) : "null"
        case .flag(let value): return value ? "true" : "false"
        }
    }
}

/// Structured logs, one JSON object per line, to standard error (or a test's sink).
///
/// Callers pass named fields; there is no field for headers, so a token cannot slip into a line.
public struct AgentLog: Sendable {
    private let sink: @Sendable (String) -> Void
    private let clock: @Sendable () -> Date

    /// A log writing to `sink` with times from `clock`.
    public init(clock: @escaping @Sendable () -> Date = { Date() }, sink: @escaping @Sendable (String) -> Void) {
        self.clock = clock
        self.sink = sink
    }

    /// Lines to standard error, whole lines at a time even from several threads.
    public static func standardError() -> AgentLog {
        let lock = NIOLock()
        return AgentLog { line in
            lock.withLock { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        }
    }

    /// A log that drops everything.
    public static let silent = AgentLog { _ in }

    /// Writes `{"time":…,"level":"info","event":…, fields…}`.
    public func info(_ event: String, _ fields: KeyValuePairs<String, LogValue> = [:]) {
        write("info", event, fields)
    }

    /// The same at level `warning`.
    public func warning(_ event: String, _ fields: KeyValuePairs<String, LogValue> = [:]) {
        write("warning", event, fields)
    }

    /// The same at level `error`.
    public func error(_ event: String, _ fields: KeyValuePairs<String, LogValue> = [:]) {
        write("error", event, fields)
    }

    private func write(_ level: String, _ event: String, _ fields: KeyValuePairs<String, LogValue>) {
        var parts = ["\"time\":\(Self.quoted(ISO8601DateFormatter().string(from: clock())))", "\"level\":\(Self.quoted(level))", "\"event\":\(Self.quoted(event))"]
        for (key, value) in fields {
            parts.append("\(Self.quoted(key)):\(value.json)")
        }
        sink("{" + parts.joined(separator: ",") + "}")
    }

    /// A JSON string literal: YAMLText's double-quoted escapes are all valid JSON escapes too.
    static func quoted(_ text: String) -> String {
        YAMLText.quoted(text)
    }
}
