import Foundation

/// The process's environment variables, read once.
///
/// `ProcessInfo.environment` builds a new dictionary of every variable on each call; the
/// console's start asked for it five times (~2.5 M instructions, docs/performance.md).
/// opsdeck never changes its own environment, so one copy serves.
public enum ProcessEnvironment {
    /// Every variable, as at the first use.
    public static let variables: [String: String] = ProcessInfo.processInfo.environment

    /// `HOME`, else the home directory of the password database (reading it costs a look at
    /// nsswitch.conf and /etc/passwd, so `HOME` comes first).
    public static func home(in environment: [String: String] = variables) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }
}
