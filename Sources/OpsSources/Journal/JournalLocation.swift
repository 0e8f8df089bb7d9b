import Foundation

/// Where the incident journal lives: `--journal-dir`, else `$XDG_STATE_HOME/opsdeck`, else
/// `~/.local/state/opsdeck` (the XDG base-directory default for state that should survive restarts).
public enum JournalLocation {
    /// The journal directory for an explicit choice and an environment.
    public static func directory(explicit: String?, environment: [String: String] = ProcessEnvironment.variables) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit, isDirectory: true) }
        // The spec says a relative XDG_STATE_HOME is invalid and must be ignored.
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state, isDirectory: true).appendingPathComponent("opsdeck", isDirectory: true)
        }
        return URL(fileURLWithPath: ProcessEnvironment.home(in: environment), isDirectory: true)
            .appendingPathComponent(".local/state/opsdeck", isDirectory: true)
    }

    /// The author written in entries: `$USER`, else `$LOGNAME`, else `unknown`.
    public static func author(environment: [String: String] = ProcessEnvironment.variables) -> String {
        for key in ["USER", "LOGNAME"] {
            if let value = environment[key], !value.isEmpty { return value }
        }
        return "unknown"
    }
}
