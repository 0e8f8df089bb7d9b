import Foundation

/// Command-line options of `opsdeck-bench`.
struct BenchOptions {
    /// Which benchmarks to run: `all` or one or more names.
    var benchmarks: [String] = []
    /// Fewer repeats and shorter idle windows, for a quick look (about a minute).
    var quick = false
    /// The opsdeck binary driven through the pseudo-terminal.
    var opsdeckPath = ".build/release/opsdeck"
    /// Where generated estates are kept between runs.
    var cacheDirectory = ".build/bench-estates"
    /// A fixture directory `keys` runs on instead of the demo (e.g. one made by `generate`).
    var keysFixtures: String?
    /// Whether to run htop, btop and glances beside opsdeck.
    var peers = true
    /// Idle window in seconds (30 by default, 5 with --quick).
    var idleSeconds: Double?
    /// Where `generate` writes, and its spec.
    var generateOutput: String?
    var environments = 10_000
    var signalsPerEnvironment = 40
    var samplesPerSignal = 20
    var seed: UInt64 = 2026

    static let names = ["load", "render", "change", "startup", "keys", "idle", "peers", "scale", "calendar", "agents"]

    static let usage = """
    usage: opsdeck-bench [all | load | render | change | startup | keys | idle | peers | scale ...] [--quick]
                         [--opsdeck PATH] [--cache DIR] [--no-peers] [--idle SECONDS] [--fixtures DIR]
           opsdeck-bench generate --out DIR [--environments N] [--signals N] [--samples N] [--seed N]

      load     parse time of the demo and the 1,000-environment estate (in process)
      render   ShellView.render + diff of one frame at 80x24, 120x40, 200x60 (in process)
      change   bytes sent when one signal value changes (in process estimate and real, via the pty)
      startup  start to first full frame at 120x40 in a pseudo-terminal, and peak RSS
      keys     key-to-screen latency: a view switch and a filter keystroke (on --fixtures DIR if given)
      idle     bytes and CPU over the idle window, fixed clock and live
      peers    htop, btop and glances through the same harness (skipped when not installed)
      scale    10,000 environments x 40 signals: load, render, first frame, keys, peak RSS
    Build first: swift build -c release --product opsdeck
    """

    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var index = 0
        func value() throws -> String {
            index += 1
            guard index < arguments.count else { throw BenchError.usage("\(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        func number(_ text: String) throws -> Int {
            guard let number = Int(text.replacingOccurrences(of: "_", with: "")), number >= 0 else {
                throw BenchError.usage("expected a number, got \(text)")
            }
            return number
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--quick": options.quick = true
            case "--no-peers": options.peers = false
            case "--opsdeck": options.opsdeckPath = try value()
            case "--cache": options.cacheDirectory = try value()
            case "--fixtures": options.keysFixtures = try value()
            case "--idle": options.idleSeconds = Double(try number(try value()))
            case "--out": options.generateOutput = try value()
            case "--environments": options.environments = try number(try value())
            case "--signals": options.signalsPerEnvironment = try number(try value())
            case "--samples": options.samplesPerSignal = try number(try value())
            case "--seed": options.seed = UInt64(try number(try value()))
            case "-h", "--help": throw BenchError.usage("")
            case "all": options.benchmarks += names
            case "generate": options.benchmarks.append("generate")
            default:
                guard names.contains(argument) else { throw BenchError.usage("unknown argument \(argument)") }
                options.benchmarks.append(argument)
            }
            index += 1
        }
        if options.benchmarks.isEmpty { options.benchmarks = names }
        return options
    }
}

/// Why the bench stopped.
enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case failed(String)

    var description: String {
        switch self {
        case .usage(let message): return message.isEmpty ? BenchOptions.usage : "\(message)\n\(BenchOptions.usage)"
        case .failed(let message): return message
        }
    }
}
