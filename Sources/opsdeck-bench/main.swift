import EstateGenerator
import Foundation

// opsdeck-bench: the performance benchmarks of opsdeck; see docs/performance.md.
do {
    if CommandLine.arguments.dropFirst().first == "profile-render" {
        try RenderProfile.run(Array(CommandLine.arguments.dropFirst(2)))
        exit(0)
    }
    if CommandLine.arguments.dropFirst().first == "profile-keys" {
        try KeyProfile.run(Array(CommandLine.arguments.dropFirst(2)))
        exit(0)
    }
    let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
    if options.benchmarks == ["generate"] {
        guard let output = options.generateOutput else { throw BenchError.usage("generate needs --out DIR") }
        let spec = EstateSpec(environments: options.environments, signalsPerEnvironment: options.signalsPerEnvironment,
                              samplesPerSignal: options.samplesPerSignal, seed: options.seed)
        let estate = try EstateGenerator.write(spec, to: URL(fileURLWithPath: output))
        print("wrote \(estate.environments) environments, \(estate.signals) signals, \(estate.bytes) bytes of YAML to \(output)")
        exit(0)
    }
    let context = try BenchContext(options: options)
    let started = MonotonicClock.nanoseconds()
    let benchmarks: [String: (BenchContext) throws -> Void] = [
        "load": LoadBenchmark.run, "render": RenderBenchmark.run, "change": ChangeBenchmark.run,
        "startup": StartupBenchmark.run, "keys": KeyLatencyBenchmark.run, "idle": IdleBenchmark.run, "peers": PeerBenchmark.run,
        "scale": ScaleBenchmark.run, "calendar": CalendarBenchmark.run, "agents": AgentBenchmark.run,
    ]
    print(MachineDescription.current())
    for name in options.benchmarks {
        if name == "peers" && !options.peers { continue }
        try benchmarks[name]?(context)
    }
    print("\nResults (\(options.quick ? "quick" : "full") run, \(String(format: "%.0f", MonotonicClock.milliseconds(since: started) / 1000)) s):\n")
    print(context.report.markdown())
} catch {
    FileHandle.standardError.write(Data("opsdeck-bench: \(error)\n".utf8))
    exit(2)
}
