import Foundation

/// One line describing the machine the numbers come from.
enum MachineDescription {
    static func current() -> String {
        let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuInfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "?" } ?? "?"
        let memory = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .map { String($0.filter(\.isNumber)) }.flatMap { Int($0) } ?? 0
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
        return "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(model), \(memory / 1024 / 1024) GiB; load average \(load)"
    }
}
