import ArgumentParser
import Testing
@testable import opsdeck

/// The console's own argument reader must read every list it accepts exactly as the command
/// tree does, and leave everything else to the tree.
@Suite struct ConsoleArgumentsTests {
    /// The launch the command tree makes of `arguments`, or nil when it picks another command or refuses them.
    private static func treeLaunch(_ arguments: [String]) -> ConsoleLaunch? {
        guard let command = try? Opsdeck.parseAsRoot(arguments) else { return nil }
        return (command as? ConsoleCommand)?.launch
    }

    @Test(arguments: [
        [],
        ["--now", "2026-11-27T09:00:00Z"],
        ["--now=2026-11-27T09:00:00Z", "--fixtures", "/tmp/estate"],
        ["--fixtures=/tmp/x", "--theme", "light", "--read-only", "--ascii", "--color", "never", "--mouse", "--journal-dir", "/tmp/j"],
        ["--agent", "http://127.0.0.1:9100", "--agent=http://127.0.0.1:9101", "--token-file", "/tmp/t1", "--token-file=/tmp/t2"],
        ["--color", "blue"],
        ["--now", "not a time"],
        ["--fixtures", "dir with spaces/and=equals"],
    ])
    func listsItReadsAreReadTheSameByTheTree(arguments: [String]) throws {
        let fast = try #require(ConsoleArguments.launch(arguments), "\(arguments) should be read directly")
        #expect(Self.treeLaunch(arguments) == fast, "\(arguments)")
    }

    @Test(arguments: [
        ["status"], ["console"], ["console", "--now", "2026-11-27T09:00:00Z"], ["help"], ["--help"], ["-h"], ["--version"],
        ["--generate-completion-script", "bash"], ["--experimental-dump-help"], ["--bogus"], ["-x"], ["--"], ["--theme"],
        ["--theme", "--ascii"], ["--now", "-1"], ["--mouse=yes"], ["--now", "a", "--now", "b"], ["--ascii", "--ascii"],
        ["--now", "2026-11-27T09:00:00Z", "extra"], ["--fixtures", "/tmp", "--help"], ["--theme="], ["--fixtures", ""],
    ])
    func everythingElseIsLeftToTheTree(arguments: [String]) {
        #expect(ConsoleArguments.launch(arguments) == nil, "\(arguments)")
    }

    @Test func randomListsAreEitherLeftToTheTreeOrReadAsItReadsThem() {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let names = ["fixtures", "now", "agent", "token-file", "theme", "color", "journal-dir", "read-only", "ascii", "mouse", "help", "bogus"]
        let values = ["/tmp/a", "2026-11-27T09:00:00Z", "light", "never", "x=y", "", "-v", "status", "a b"]
        var read = 0
        for _ in 0..<400 {
            var arguments: [String] = []
            for _ in 0..<next(5) {
                let name = names[next(names.count)]
                switch next(4) {
                case 0: arguments.append("--\(name)=\(values[next(values.count)])")
                case 1: arguments.append("--\(name)")
                default: arguments += ["--\(name)", values[next(values.count)]]
                }
            }
            guard let fast = ConsoleArguments.launch(arguments) else { continue }
            read += 1
            #expect(Self.treeLaunch(arguments) == fast, "\(arguments)")
        }
        #expect(read > 50, "the random lists should exercise the direct reader")
    }
}
