import TerminalUI

/// One key binding: the keys, what they do, and the line of help that explains it.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [Key]
    public var action: Action
    public var help: String
    /// The group it is listed under in help and docs/keys.md.
    public var section: String

    public init(_ keys: [Key], _ action: Action, _ help: String, section: String) {
        self.keys = keys
        self.action = action
        self.help = help
        self.section = section
    }
}

/// The one keymap table: key dispatch, the `?` overlay, the key hints and docs/keys.md all read it.
public struct Keymap: Sendable {
    public var bindings: [KeyBinding]
    private var lookup: [Key: Action]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        var lookup: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys where lookup[key] == nil {
                lookup[key] = binding.action
            }
        }
        self.lookup = lookup
    }

    /// The action bound to a key, if any.
    public func action(for key: Key) -> Action? {
        lookup[key]
    }

    /// The keys bound to an action, as shown in hints (`q`, `Ctrl-C`).
    public func keys(for action: Action) -> [Key] {
        bindings.first { $0.action == action }?.keys ?? []
    }

    /// The default bindings.
    public static let standard = Keymap(bindings: [
        KeyBinding([.character("q"), .control("c")], .quit, "quit (restores the terminal)", section: "General"),
        KeyBinding([.character("?"), .function(1)], .help, "show or hide this help", section: "General"),
        KeyBinding([.character("r"), .control("r")], .refresh, "reload data from the source now", section: "General"),
        KeyBinding([.character(":")], .commandLine, "command line (Tab completes): :env ID, :health, :theme NAME, :quit", section: "General"),
        KeyBinding([.tab], .nextView, "next view", section: "Views"),
        KeyBinding([.backTab], .previousView, "previous view", section: "Views"),
        KeyBinding([.character("1")], .showEnvironments, "Environments", section: "Views"),
        KeyBinding([.character("2")], .showHealth, "Health", section: "Views"),
        KeyBinding([.character("3")], .showCalendar, "Calendar", section: "Views"),
        KeyBinding([.character("4")], .showRunbooks, "Runbooks", section: "Views"),
        KeyBinding([.character("5")], .showBackups, "Backups", section: "Views"),
        KeyBinding([.up, .character("k")], .moveUp, "move up", section: "Moving"),
        KeyBinding([.down, .character("j")], .moveDown, "move down", section: "Moving"),
        KeyBinding([.pageUp, .control("b")], .pageUp, "page up", section: "Moving"),
        KeyBinding([.pageDown, .control("f"), .character(" ")], .pageDown, "page down", section: "Moving"),
        KeyBinding([.home, .character("g")], .moveToTop, "first row", section: "Moving"),
        KeyBinding([.end, .character("G")], .moveToBottom, "last row", section: "Moving"),
        KeyBinding([.enter, .right, .character("l")], .drillIn, "open the selected item", section: "Moving"),
        KeyBinding([.escape, .left, .character("h"), .backspace], .back, "go back (or clear the filter)", section: "Moving"),
        KeyBinding([.character("/")], .filter, "filter the list as you type (Enter keeps, Esc clears)", section: "Lists"),
        KeyBinding([.character("t")], .cycleGrouping, "group by tenant, tier, region, or not at all", section: "Lists"),
        KeyBinding([.character("s"), .character(">")], .sortNext, "sort by the next column", section: "Lists"),
        KeyBinding([.character("S"), .character("<")], .sortReverse, "reverse the sort order (Runbooks: > and < move between commands)", section: "Lists"),
        KeyBinding([.character("a")], .calendarAgenda, "agenda of the next 14 days", section: "Calendar"),
        KeyBinding([.character("w")], .calendarWeek, "week grid (days by hours)", section: "Calendar"),
        KeyBinding([.character("m")], .calendarMonth, "month grid", section: "Calendar"),
        KeyBinding([.character("[")], .earlierSlot, "earlier slot (day in the month grid)", section: "Calendar"),
        KeyBinding([.character("]")], .laterSlot, "later slot (day in the month grid)", section: "Calendar"),
        KeyBinding([.character("y")], .copyCommand, "copy the focused command to the clipboard (OSC 52)", section: "Runbooks and incidents"),
        KeyBinding([.character("x")], .toggleStep, "tick or untick the focused step in the incident journal", section: "Runbooks and incidents"),
        KeyBinding([.character("n")], .addNote, "add a note to the incident journal", section: "Runbooks and incidents"),
        KeyBinding([.character("I")], .startIncident, "start or resume the incident for this environment", section: "Runbooks and incidents"),
    ])
}
