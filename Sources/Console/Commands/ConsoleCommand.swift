/// A command typed after `:`.
public enum ConsoleCommand: Sendable, Equatable {
    case environment(String)
    case view(ViewID)
    case theme(String)
    case group(Grouping)
    case quit
    case refresh
    case help
    case sources

    /// The command words, for completion and help.
    public static let words = ["env", "environments", "health", "calendar", "runbooks", "backups", "theme", "group", "sources", "refresh", "help", "quit"]

    /// Parses a command line; the error is the sentence shown in the status bar.
    public static func parse(_ text: String) -> Result<ConsoleCommand, CommandError> {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let word = parts.first?.lowercased() else { return .failure(CommandError(message: "empty command")) }
        let argument = parts.dropFirst().joined(separator: " ")
        switch word {
        case "env", "e":
            guard !argument.isEmpty else { return .failure(CommandError(message: ":env needs an environment id (Tab completes)")) }
            return .success(.environment(argument))
        case "environments", "envs": return .success(.view(.environments))
        case "health": return .success(.view(.health))
        case "calendar", "cal": return .success(.view(.calendar))
        case "runbooks", "rb": return .success(.view(.runbooks))
        case "backups": return .success(.view(.backups))
        case "theme":
            guard !argument.isEmpty else { return .failure(CommandError(message: ":theme needs a theme name (Tab completes)")) }
            return .success(.theme(argument))
        case "group":
            guard let grouping = Grouping(rawValue: argument.lowercased()) else {
                return .failure(CommandError(message: ":group takes tenant, tier, region or none"))
            }
            return .success(.group(grouping))
        case "q", "quit", "exit": return .success(.quit)
        case "refresh", "r": return .success(.refresh)
        case "help", "h": return .success(.help)
        case "sources", "src": return .success(.sources)
        default: return .failure(CommandError(message: "unknown command :\(word) (try :help)"))
        }
    }

    /// Completes the last word: command names first, then environment ids, themes or groupings.
    public static func complete(_ text: String, environmentIDs: [String], themes: [String]) -> String {
        let endsWithSpace = text.hasSuffix(" ")
        var parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if parts.isEmpty { return text }
        if parts.count == 1 && !endsWithSpace {
            return commonCompletion(parts[0], among: words).map { $0 + (words.contains($0) ? " " : "") } ?? text
        }
        let candidates: [String]
        switch parts[0].lowercased() {
        case "env", "e": candidates = environmentIDs
        case "theme": candidates = themes
        case "group": candidates = Grouping.allCases.map(\.rawValue)
        default: return text
        }
        let partial = endsWithSpace ? "" : (parts.count > 1 ? parts.removeLast() : "")
        guard let completed = commonCompletion(partial, among: candidates) else { return text }
        return (parts + [completed]).joined(separator: " ")
    }

    /// The longest common prefix of the candidates that start with `partial`.
    static func commonCompletion(_ partial: String, among candidates: [String]) -> String? {
        let matches = candidates.filter { $0.lowercased().hasPrefix(partial.lowercased()) }.sorted()
        guard var prefix = matches.first else { return nil }
        for match in matches.dropFirst() {
            while !match.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
        }
        return prefix.count >= partial.count ? prefix : nil
    }
}

/// Why a typed command was not run.
public struct CommandError: Error, Equatable, Sendable {
    public var message: String
}
