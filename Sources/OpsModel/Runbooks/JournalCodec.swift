import Foundation

/// The journal's line format: one self-contained JSON object per line (JSON Lines).
///
/// `{"v":1,"incident":"INC-2419","at":"2026-11-27T03:12:09.125Z","author":"erik","kind":"note","text":"…"}`
/// Every line carries the incident, time and author, so any line can be read on its own and a
/// damaged line costs only itself.
public enum JournalCodec {
    /// The format version written in every line.
    public static let version = 1

    /// A line that could not be read.
    public struct LineError: Error, Sendable, Hashable {
        /// Why, in words.
        public var message: String
    }

    private struct Line: Codable {
        var v: Int
        var incident: String
        var at: String
        var author: String
        var kind: String
        var environment: String?
        var title: String?
        var runbooks: [String]?
        var runbook: String?
        var step: Int?
        var text: String?
    }

    /// The entry as one line of JSON, without the trailing newline.
    public static func encode(_ entry: JournalEntry) -> String {
        var line = Line(v: version, incident: entry.incidentID, at: timestamp(entry.at), author: entry.author, kind: entry.event.kind)
        switch entry.event {
        case .opened(let environmentID, let title, let runbookIDs):
            line.environment = environmentID
            line.title = title
            line.runbooks = runbookIDs
        case .resumed:
            break
        case .step(let runbookID, let number, let title, _):
            line.runbook = runbookID
            line.step = number
            line.text = title
        case .note(let text):
            line.text = text
        case .closed(let summary):
            line.text = summary
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // JSONEncoder escapes control characters, including newlines, so the line stays one line.
        let data = (try? encoder.encode(line)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads one line (without its newline).
    public static func decode(_ text: some StringProtocol) -> Result<JournalEntry, LineError> {
        guard let line = try? JSONDecoder().decode(Line.self, from: Data(text.utf8)) else {
            return .failure(LineError(message: "not a journal entry (invalid JSON or missing fields)"))
        }
        guard line.v == version else { return .failure(LineError(message: "unsupported journal format version \(line.v)")) }
        guard let at = parseTimestamp(line.at) else { return .failure(LineError(message: "bad timestamp \"\(line.at)\"")) }
        guard !line.incident.isEmpty else { return .failure(LineError(message: "empty incident id")) }
        let event: JournalEvent
        switch line.kind {
        case "opened":
            guard let environment = line.environment else { return .failure(LineError(message: "opened entry without environment")) }
            event = .opened(environmentID: environment, title: line.title ?? "", runbookIDs: line.runbooks ?? [])
        case "resumed":
            event = .resumed
        case "step-done", "step-undone":
            guard let runbook = line.runbook, let step = line.step else { return .failure(LineError(message: "step entry without runbook or step number")) }
            event = .step(runbookID: runbook, number: step, title: line.text ?? "", done: line.kind == "step-done")
        case "note":
            guard let text = line.text else { return .failure(LineError(message: "note entry without text")) }
            event = .note(text)
        case "closed":
            event = .closed(summary: line.text)
        default:
            return .failure(LineError(message: "unknown entry kind \"\(line.kind)\""))
        }
        return .success(JournalEntry(incidentID: line.incident, at: at, author: line.author, event: event))
    }

    /// `2026-11-27T03:12:09.125Z`: UTC with milliseconds, so entries written in one second keep their order.
    public static func timestamp(_ date: Date) -> String {
        ISO8601.format(date, milliseconds: true)
    }

    private static func parseTimestamp(_ text: String) -> Date? {
        ISO8601.parse(text)
    }
}
