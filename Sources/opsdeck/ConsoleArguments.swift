/// Reads the console's own options straight from the command line, for the common case of
/// opening the console; anything it does not read exactly (a command name, help, a version or
/// completion request, an unknown or repeated option, a missing value) is left to the command
/// tree, which reports errors with the full usage.
///
/// Parsing with swift-argument-parser walks every command's arguments by reflection: 15 M of
/// the 26 M instructions a start took before it reached the terminal (callgrind), all on the
/// way to the first frame (docs/performance.md). Tests check that every list read here is read
/// the same way by the tree.
enum ConsoleArguments {
    private static let flags: Set<String> = ["read-only", "ascii", "mouse"]
    private static let options: Set<String> = ["fixtures", "now", "theme", "color", "journal-dir"]
    private static let repeatable: Set<String> = ["agent", "token-file"]

    /// The launch the arguments (without the program name) ask for, or nil to leave them to the tree.
    static func launch(_ arguments: [String]) -> ConsoleLaunch? {
        var launch = ConsoleLaunch()
        var seen: Set<String> = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--"), argument.count > 2 else { return nil }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if flags.contains(name) {
                guard inlineValue == nil, seen.insert(name).inserted else { return nil }
                switch name {
                case "read-only": launch.readOnly = true
                case "ascii": launch.ascii = true
                default: launch.mouse = true
                }
                continue
            }
            guard options.contains(name) || repeatable.contains(name) else { return nil }
            guard repeatable.contains(name) || seen.insert(name).inserted else { return nil }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                // A value that looks like an option is the tree's to judge.
                guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
                value = arguments[index]
                index += 1
            }
            // The tree refuses an empty value; it says so with the usage.
            guard !value.isEmpty else { return nil }
            switch name {
            case "fixtures": launch.source.fixtures = value
            case "now": launch.source.now = value
            case "agent": launch.source.agents.append(value)
            case "token-file": launch.source.tokenFiles.append(value)
            case "theme": launch.theme = value
            case "color": launch.color = value
            default: launch.journalDir = value
            }
        }
        return launch
    }
}
