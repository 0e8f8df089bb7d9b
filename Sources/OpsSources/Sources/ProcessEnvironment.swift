import Foundation

/// The process's environment variables, read once.
///
/// `ProcessInfo.environment` builds a new dictionary of every variable on each call; the
/// console's start asked for it five times (~2.5 M instructions, docs/performance.md). Even
/// once it cost ~0.8 M instructions for 35 variables, before the demo's load could start, so
/// the variables are read from `environ` directly. opsdeck never changes its own environment,
/// so one copy serves.
public enum ProcessEnvironment {
    /// Every variable, as at the first use.
    public static let variables: [String: String] = read()

    /// `HOME`, else the home directory of the password database (reading it costs a look at
    /// nsswitch.conf and /etc/passwd, so `HOME` comes first).
    public static func home(in environment: [String: String] = variables) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// `NAME=value` entries as a dictionary; of a name given twice the first, as `getenv` (and so
    /// curses, and every C library in the process) reads it, where `ProcessInfo` keeps the last.
    /// An entry without a name or without `=` is left out (no `getenv` can ask for it).
    static func parse(_ entries: [UnsafePointer<CChar>]) -> [String: String] {
        var variables: [String: String] = [:]
        variables.reserveCapacity(entries.count)
        for entry in entries {
            let length = strlen(entry)
            entry.withMemoryRebound(to: UInt8.self, capacity: length) { start in
                let bytes = UnsafeBufferPointer(start: start, count: length)
                guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")), equals > 0 else { return }
                let name = String(decoding: bytes[..<equals], as: UTF8.self)
                guard variables[name] == nil else { return }
                variables[name] = String(decoding: bytes[(equals + 1)...], as: UTF8.self)
            }
        }
        return variables
    }

    private static func read() -> [String: String] {
        #if canImport(Glibc)
        var entries: [UnsafePointer<CChar>] = []
        // Never NULL at a start (even `env -i` leaves an empty list); only a clearenv() empties
        // it so, and nothing in opsdeck changes its environment.
        var cursor = environ
        while let entry = cursor.pointee {
            entries.append(UnsafePointer(entry))
            cursor += 1
        }
        return parse(entries)
        #else
        return ProcessInfo.processInfo.environment
        #endif
    }
}
