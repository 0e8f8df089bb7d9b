import Foundation

/// One line of the results table.
struct ResultRow {
    var benchmark: String
    var subject: String
    var value: String
    var detail: String
    /// "met", "MISSED" or "" when no target applies.
    var target: String
}

/// Collects results and prints them as they come and as a Markdown table at the end.
final class Report {
    private(set) var rows: [ResultRow] = []

    /// Records a row and echoes it at once, so a long run shows progress.
    func add(_ benchmark: String, _ subject: String, _ value: String, detail: String = "", target: String = "") {
        let row = ResultRow(benchmark: benchmark, subject: subject, value: value, detail: detail, target: target)
        rows.append(row)
        print("  \(benchmark) | \(subject) | \(value)\(detail.isEmpty ? "" : " | \(detail)")\(target.isEmpty ? "" : " | target \(target)")")
        fflush(nil)
    }

    /// A line that is not a result (a skipped peer, a note).
    func note(_ text: String) {
        print("  note: \(text)")
        fflush(nil)
    }

    /// The Markdown table of every row.
    func markdown() -> String {
        var lines = ["| benchmark | subject | result | detail | target |", "|---|---|---|---|---|"]
        for row in rows {
            lines.append("| \(row.benchmark) | \(row.subject) | \(row.value) | \(row.detail) | \(row.target) |")
        }
        return lines.joined(separator: "\n")
    }
}

/// Formatting helpers shared by the benchmarks.
enum Format {
    static func ms(_ value: Double) -> String {
        value.isNaN ? "n/a" : String(format: value < 10 ? "%.2f ms" : "%.1f ms", value)
    }

    static func us(_ value: Double) -> String {
        value.isNaN ? "n/a" : String(format: "%.0f µs", value)
    }

    static func mib(_ kib: Double) -> String {
        kib.isNaN ? "n/a" : mib(Int(kib))
    }

    static func mib(_ kib: Int) -> String {
        String(format: "%.1f MiB", Double(kib) / 1024)
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.3f %%", value)
    }

    /// "median 3.1 ms (p90 4.0, n=20)".
    static func summary(_ samples: Samples) -> String {
        "p90 \(ms(samples.p90)), min \(ms(samples.minimum)), n=\(samples.count)"
    }

    /// "met" or "MISSED" against an upper bound.
    static func target(_ value: Double, atMost bound: Double, _ label: String) -> String {
        (value <= bound ? "met" : "MISSED") + " (\(label))"
    }
}
