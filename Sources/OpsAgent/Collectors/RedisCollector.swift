import Foundation
import NIOConcurrencyHelpers
import OpsModel
import OpsSources

/// Reads `redis-cli INFO` (a subprocess): memory use against `maxmemory`, and evictions per second between two readings.
struct RedisCollector: Collector {
    let name: String
    let kind = "redis"
    let environmentID: String
    let componentID: String
    let command: [String]
    let timeout: Duration
    let history = SampleHistory()
    /// The previous `evicted_keys` reading, for the rate.
    let previousEvictions = NIOLockedValueBox<(time: Date, count: Int64)?>(nil)

    static let defaultCommand = ["redis-cli", "INFO", "all"]
    static let memoryKey = "redis.memory_used_pct"
    static let evictionsKey = "redis.evictions_per_s"

    func collect(now: Date, definitions: SignalDefinitions) async -> CollectorOutput {
        var output = CollectorOutput()
        let info: RedisInfo
        switch await Subprocess.run(command, timeout: timeout) {
        case .failure(let error):
            return failed(error.description, definitions: definitions)
        case .success(let data):
            do {
                info = try RedisInfo.parse(data)
            } catch {
                return failed("redis INFO: \(error)", definitions: definitions)
            }
        }
        if case .success(let definition) = definitions.definition(key: Self.memoryKey, env: environmentID, component: componentID) {
            if let ratio = info.memoryUsageRatio {
                output.signals.append(SignalDefinitions.signal(definition, samples: history.record(Self.memoryKey, Sample(time: now, value: ratio * 100))))
            } else {
                // Without maxmemory Redis grows until the kernel stops it: there is no ratio to judge.
                output.signals.append(SignalDefinitions.signal(definition, samples: history.series(Self.memoryKey), error: "redis has no maxmemory limit (or INFO lacks used_memory): no ratio to judge"))
            }
        }
        if case .success(let definition) = definitions.definition(key: Self.evictionsKey, env: environmentID, component: componentID), let count = info.evictedKeys {
            let previous = previousEvictions.withLockedValue { stored in
                defer { stored = (now, count) }
                return stored
            }
            if let previous, now > previous.time {
                // A restart resets the counter: count what is there since then.
                let evicted = count >= previous.count ? count - previous.count : count
                let rate = Double(evicted) / now.timeIntervalSince(previous.time)
                output.signals.append(SignalDefinitions.signal(definition, samples: history.record(Self.evictionsKey, Sample(time: now, value: rate))))
            } else {
                output.signals.append(SignalDefinitions.signal(definition, samples: [], error: "first reading of evicted_keys; the rate needs a second one (next refresh)"))
            }
        }
        return output
    }

    /// Every signal of this collector, `unknown` with the error; old samples keep their times.
    private func failed(_ message: String, definitions: SignalDefinitions) -> CollectorOutput {
        var output = CollectorOutput(error: message, failedWhole: true)
        for key in [Self.memoryKey, Self.evictionsKey] {
            if case .success(let definition) = definitions.definition(key: key, env: environmentID, component: componentID) {
                output.signals.append(SignalDefinitions.signal(definition, samples: history.series(key), error: message))
            }
        }
        return output
    }
}
