import Foundation

/// Why a tool's output could not be read, naming the source and the field.
public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which output was being read, e.g. `pgbackrest info`.
    public var source: String
    /// The field, as a path like `[0].backup[1].timestamp.stop`; empty for the document as a whole.
    public var field: String
    /// What was wrong, e.g. "expected a number".
    public var problem: String

    /// Creates an error; `field` empty means the whole document.
    public init(source: String, field: String, problem: String) {
        self.source = source
        self.field = field
        self.problem = problem
    }

    /// "pgbackrest info: [0].backup[1].timestamp.stop: expected a number".
    public var description: String {
        field.isEmpty ? "\(source): \(problem)" : "\(source): \(field): \(problem)"
    }
}

/// JSON decoding that reports failures as `ParseError` with the field's path.
enum JSONInput {
    /// Decodes a document; every failure, including invalid JSON, becomes a `ParseError`.
    static func decode<Document: Decodable>(_ type: Document.Type, from data: Data, source: String) throws -> Document {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw parseError(error, source: source)
        } catch let error as ParseError {
            throw error
        } catch {
            throw ParseError(source: source, field: "", problem: "unreadable: \(error)")
        }
    }

    /// Translates a `DecodingError` into a person-readable field and problem.
    static func parseError(_ error: DecodingError, source: String) -> ParseError {
        switch error {
        case .typeMismatch(let type, let context):
            return ParseError(source: source, field: path(context.codingPath), problem: "expected \(describe(type))")
        case .valueNotFound(let type, let context):
            return ParseError(source: source, field: path(context.codingPath), problem: "null where \(describe(type)) was expected")
        case .keyNotFound(let key, let context):
            return ParseError(source: source, field: path(context.codingPath + [key]), problem: "missing")
        case .dataCorrupted(let context):
            let problem = context.codingPath.isEmpty ? "not valid JSON" : context.debugDescription
            return ParseError(source: source, field: path(context.codingPath), problem: problem)
        @unknown default:
            return ParseError(source: source, field: "", problem: "unreadable: \(error)")
        }
    }

    /// `[0].backup[1].timestamp.stop` from a coding path.
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue, key.stringValue.hasPrefix("Index") || key.stringValue == String(index) {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Int64.Type, is UInt64.Type, is Double.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return name
        }
    }
}

/// A number that may arrive as a JSON number or as a numeric string (psql, exporters).
struct LenientNumber: Decodable, Sendable, Hashable {
    /// The value.
    let value: Double

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            value = number
        } else if let text = try? container.decode(String.self), let number = Double(text.trimmingCharacters(in: .whitespaces)) {
            value = number
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a number")
        }
    }

    /// The value as an integer, when it is one within range.
    var integer: Int64? {
        guard value.isFinite, value == value.rounded(), abs(value) < 9.0e18 else { return nil }
        return Int64(value)
    }
}
