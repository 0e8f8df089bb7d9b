import Foundation

/// Readings of a running process from /proc: CPU time and memory.
enum ProcessMeter {
    /// CPU time of each live thread in nanoseconds, from /proc/PID/task/*/schedstat.
    ///
    /// schedstat counts nanoseconds where /proc/PID/stat counts 10 ms ticks, too coarse for the
    /// 0.1 % idle target (30 ms over 30 s).
    static func threadCPUNanoseconds(_ pid: Int32) -> [String: UInt64] {
        let taskDirectory = "/proc/\(pid)/task"
        guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: taskDirectory) else { return [:] }
        var result: [String: UInt64] = [:]
        for task in tasks {
            guard let text = try? String(contentsOfFile: "\(taskDirectory)/\(task)/schedstat", encoding: .utf8),
                  let first = text.split(separator: " ").first, let value = UInt64(first) else { continue }
            result[task] = value
        }
        return result
    }

    /// CPU used between two thread readings: growth of threads alive at both, all of new ones.
    /// A thread that exited in between is not counted (stat ticks, which do count it, are
    /// reported beside this for that reason).
    static func cpuNanoseconds(from before: [String: UInt64], to after: [String: UInt64]) -> UInt64 {
        after.reduce(0) { total, entry in
            let start = before[entry.key] ?? 0
            return total + (entry.value >= start ? entry.value - start : 0)
        }
    }

    /// utime + stime of the whole process (exited threads included), in nanoseconds, from /proc/PID/stat.
    static func statCPUNanoseconds(_ pid: Int32) -> UInt64? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let closing = text.lastIndex(of: ")") else { return nil }
        // Fields after the command name; utime and stime are fields 14 and 15 of the whole line.
        let fields = text[text.index(after: closing)...].split(separator: " ")
        guard fields.count > 13, let user = UInt64(fields[11]), let system = UInt64(fields[12]) else { return nil }
        let ticksPerSecond = UInt64(sysconf(Int32(_SC_CLK_TCK)))
        return (user + system) * 1_000_000_000 / max(1, ticksPerSecond)
    }

    /// "RssAnon 20.1 MiB, RssFile 16.0 MiB": what the resident set is made of (heap or mapped files).
    static func residentBreakdown(_ pid: Int32) -> String {
        ["RssAnon", "RssFile", "RssShmem"].compactMap { field in statusKiB(pid, field: field).map { "\(field) \(Format.mib($0))" } }
            .joined(separator: ", ")
    }

    /// A `VmXXX:` field of /proc/PID/status in KiB (VmHWM is the peak resident set).
    static func statusKiB(_ pid: Int32, field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let digits = line.dropFirst(field.count + 1).filter(\.isNumber)
            return Int(digits)
        }
        return nil
    }
}
