import Foundation
import OpsSources

/// Polls through a real `opsdeck-agent` on loopback: one poll of a 100-environment estate
/// (latency, bytes, full and unchanged), and 50 agents polled by one console (CPU per cycle).
enum AgentBenchmark {
    static func run(_ context: BenchContext) throws {
        print("agents: opsdeck-agent on 127.0.0.1 serving a generated 100-environment estate; AgentSource in process")
        let estate = try BenchEstate.generated("100", environments: 100, options: context.options)
        let agentPath = URL(fileURLWithPath: try context.opsdeckPath()).deletingLastPathComponent().appendingPathComponent("opsdeck-agent").path
        guard FileManager.default.isExecutableFile(atPath: agentPath) else {
            print("  skipped: \(agentPath) is not built (swift build -c release)")
            return
        }
        let token = "bench-token-\(getpid())"
        let tokenFile = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-bench-token-\(getpid())").path
        _ = FileManager.default.createFile(atPath: tokenFile, contents: Data((token + "\n").utf8), attributes: [.posixPermissions: 0o600])
        defer { try? FileManager.default.removeItem(atPath: tokenFile) }
        let port = 20_000 + Int(getpid() % 20_000)
        let agent = Process()
        agent.executableURL = URL(fileURLWithPath: agentPath)
        agent.arguments = ["--token-file", tokenFile, "--fixtures", estate.directory.path, "--listen", "127.0.0.1:\(port)", "--refresh", "3600"]
        agent.standardError = FileHandle.nullDevice
        agent.standardOutput = FileHandle.nullDevice
        try agent.run()
        defer { agent.terminate() }
        let url = URL(string: "http://127.0.0.1:\(port)")!
        let endpoint = AgentEndpoint(url: url, token: BearerToken(token))
        guard waitUntilServing(endpoint) else { throw BenchError.failed("opsdeck-agent did not start on port \(port)") }

        var full = Samples()
        var unchanged = Samples()
        var fullBytes = 0
        for _ in 0..<context.repeats(5, quick: 2) {
            // A fresh source has no ETag: a full transfer every time.
            let source = AgentSource(endpoints: [endpoint])
            full.add(poll(source))
            fullBytes = BlockingWait.run { await source.statuses().first?.bytes ?? 0 }
            unchanged.add(poll(source))
        }
        context.report.add("agents", "one poll, 100 environments (full)", Format.ms(full.median),
                           detail: "\(fullBytes) bytes; \(Format.summary(full))")
        context.report.add("agents", "one poll, 100 environments (unchanged, 304)", Format.ms(unchanged.median), detail: Format.summary(unchanged))

        let fifty = AgentSource(endpoints: Array(repeating: endpoint, count: 50))
        let before = ProcessMeter.statCPUNanoseconds(getpid()) ?? 0
        let firstCycle = poll(fifty)
        let middle = ProcessMeter.statCPUNanoseconds(getpid()) ?? 0
        let laterCycle = poll(fifty)
        let after = ProcessMeter.statCPUNanoseconds(getpid()) ?? 0
        context.report.add("agents", "50 agents polled at once, first cycle (full bodies)", Format.ms(firstCycle),
                           detail: "CPU \(Format.ms(Double(middle - before) / 1e6)) for 50 x 100 environments, decode and merge")
        context.report.add("agents", "50 agents polled at once, unchanged cycle (304s)", Format.ms(laterCycle),
                           detail: "CPU \(Format.ms(Double(after - middle) / 1e6))")
    }

    /// Milliseconds of one `load`.
    static func poll(_ source: AgentSource) -> Double {
        let start = MonotonicClock.nanoseconds()
        _ = BlockingWait.run { await source.load(now: Date()) }
        return MonotonicClock.milliseconds(since: start)
    }

    static func waitUntilServing(_ endpoint: AgentEndpoint) -> Bool {
        for _ in 0..<100 {
            let source = AgentSource(endpoints: [endpoint])
            _ = BlockingWait.run { await source.load(now: Date()) }
            if BlockingWait.run({ await source.statuses().first?.state }) == .ok { return true }
            usleep(100_000)
        }
        return false
    }
}
