import Foundation

/// A shared secret sent as `Authorization: Bearer <token>`; compared in constant time, never printed.
public struct BearerToken: Sendable, CustomStringConvertible {
    private let bytes: [UInt8]

    /// A token from text; surrounding whitespace (a file's trailing newline) is dropped. Nil when empty.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        bytes = Array(trimmed.utf8)
    }

    /// The header value a client sends.
    public var authorizationValue: String { "Bearer " + String(decoding: bytes, as: UTF8.self) }

    /// Whether an `Authorization` header carries this token. Takes the same time for every wrong
    /// token of a given length, so the comparison does not leak how many leading bytes matched.
    public func accepts(authorization header: String?) -> Bool {
        guard let header else { return false }
        let prefix = "bearer "
        guard header.count > prefix.count, header.prefix(prefix.count).lowercased() == prefix else { return false }
        let offered = Array(header.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces).utf8)
        return Self.constantTimeEqual(offered, bytes)
    }

    /// Equal bytes, examined whole whatever the first difference; the lengths are compared last.
    static func constantTimeEqual(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        var difference = UInt8(0)
        let count = max(left.count, right.count)
        for index in 0..<count {
            let a = index < left.count ? left[index] : 0
            let b = index < right.count ? right[index] : 0
            difference |= a ^ b
        }
        return difference == 0 && left.count == right.count
    }

    /// Never the secret itself, so a stray `print` or log line cannot leak it.
    public var description: String { "BearerToken(\(bytes.count) bytes, redacted)" }
}

/// Reads tokens from files, warning when a file is readable by others.
public enum TokenFile {
    /// Why a token could not be read.
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// The token in `path`, and a warning when group or others may read the file.
    public static func read(_ path: String) throws -> (token: BearerToken, warning: String?) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(description: "token file \(path) cannot be read")
        }
        guard let token = BearerToken(String(decoding: data, as: UTF8.self)) else {
            throw Problem(description: "token file \(path) is empty")
        }
        return (token, permissionWarning(path))
    }

    /// A warning when the file's mode lets group or others read it (e.g. 0644); nil for 0600 or 0400.
    public static func permissionWarning(_ path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue else { return nil }
        guard mode & 0o077 != 0 else { return nil }
        return "token file \(path) is readable by group or others (mode \(String(mode, radix: 8))); run: chmod 600 \(path)"
    }
}
