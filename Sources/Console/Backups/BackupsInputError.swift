import OpsSources

/// Why `opsdeck backups` cannot judge what it was given: always names the file or option, and the field.
public enum BackupsInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--env` names no environment of the estate.
    case unknownEnvironment(String, known: [String])
    /// `--stanza` names no stanza of the pgBackRest output.
    case unknownStanza(String, file: String, known: [String])
    /// A file could not be parsed; the parse error names the field.
    case unreadable(file: String, ParseError)
    /// One `pg_stat_archiver` row cannot belong to several stanzas.
    case archiverNeedsOneStanza(file: String, stanzas: [String])
    /// An option's value is malformed or the options do not go together.
    case badOption(String)

    /// One line for standard error.
    public var description: String {
        switch self {
        case .unknownEnvironment(let id, let known):
            return "--env: no environment \"\(id)\" in the estate (have: \(known.joined(separator: ", ")))"
        case .unknownStanza(let name, let file, let known):
            return "--stanza: \(file) has no stanza \"\(name)\" (have: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
        case .unreadable(let file, let error):
            return "\(file): \(error)"
        case .archiverNeedsOneStanza(let file, let stanzas):
            return "--archiver: \(file) reports one PostgreSQL cluster but there are \(stanzas.count) stanzas (\(stanzas.joined(separator: ", "))); pick its stanza with --stanza"
        case .badOption(let message):
            return message
        }
    }
}
