import Foundation
import TerminalTestSupport
import Testing

/// The console drawn by its own `ScreenWriter` and by curses (`OPSDECK_CURSES_OUTPUT=1`), side by
/// side in tmux through the same keys: every screen must be the same, cell by cell, with colours.
@Suite(.serialized) struct WriterMatchesCursesTests {
    /// One cell as tmux shows it: its text and the attributes and colours in force.
    struct ShownCell: Equatable, CustomStringConvertible {
        var text: Character
        var look: [String: String]
        var description: String { "\(text) \(look.sorted { $0.key < $1.key })" }
    }

    /// Reads `capture-pane -e` into cells. Trailing blanks are dropped (tmux leaves out cells a
    /// line erase cleared, curses' way of blanking), and a blank's text colour and boldness,
    /// which cannot be seen, are ignored.
    static func cells(_ screen: String) -> [[ShownCell]] {
        var look: [String: String] = [:]
        var rows: [[ShownCell]] = []
        for line in screen.split(separator: "\n", omittingEmptySubsequences: false) {
            var row: [ShownCell] = []
            var characters = Array(line)
            var index = 0
            while index < characters.count {
                if characters[index] == "\u{1b}", index + 1 < characters.count, characters[index + 1] == "[" {
                    var end = index + 2
                    while end < characters.count, !(characters[end].isLetter) { end += 1 }
                    if end < characters.count, characters[end] == "m" {
                        apply(String(characters[(index + 2)..<end]), to: &look)
                    }
                    index = end + 1
                    continue
                }
                let text = characters[index]
                let shown = text == " " ? look.filter { ["bg", "7", "4"].contains($0.key) } : look
                row.append(ShownCell(text: text, look: shown))
                index += 1
            }
            while row.last?.text == " " { row.removeLast() }
            rows.append(row)
            characters.removeAll()
        }
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows
    }

    /// Applies one SGR parameter list to the look in force.
    static func apply(_ parameters: String, to look: inout [String: String]) {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        var index = 0
        while index < numbers.count {
            let number = numbers[index]
            switch number {
            case 0: look = [:]
            case 38, 48:
                let key = number == 38 ? "fg" : "bg"
                if index + 2 < numbers.count, numbers[index + 1] == 5 { look[key] = String(numbers[index + 2]); index += 2 }
            case 30...37: look["fg"] = String(number - 30)
            case 90...97: look["fg"] = String(number - 90 + 8)
            case 40...47: look["bg"] = String(number - 40)
            case 100...107: look["bg"] = String(number - 100 + 8)
            case 39: look["fg"] = nil
            case 49: look["bg"] = nil
            case 22: look["1"] = nil; look["2"] = nil
            case 23: look["3"] = nil
            case 24: look["4"] = nil
            case 27: look["7"] = nil
            default: look[String(number)] = "on"
            }
            index += 1
        }
    }

    static func coloured(_ session: TmuxSession) -> String {
        Spawn.run(["tmux", "-L", session.socket, "capture-pane", "-p", "-e"], captureOutput: true).output
    }

    @Test(arguments: [("xterm-256color", "C.UTF-8", 120, 40), ("vt100", "C", 80, 24), ("xterm", "C.UTF-8", 100, 30)])
    func everyScreenIsTheSame(term: String, locale: String, width: Int, height: Int) throws {
        let environment = "LANG=\(locale) LC_ALL=\(locale) TERM=\(term)"
        let own = try ConsoleEndToEndTests.start(width: width, height: height, environment: environment)
        defer { own.close() }
        let curses = try ConsoleEndToEndTests.start(width: width, height: height, environment: environment + " OPSDECK_CURSES_OUTPUT=1")
        defer { curses.close() }
        for session in [own, curses] { _ = try #require(session.waitFor("prod-de-nordkauf")) }
        let keys: [[String]] = [
            [], ["2"], ["Enter"], ["Down"], ["PageDown"], ["3"], ["w"], ["m"], ["a"], ["4"], ["Enter"], ["5"], ["Down"],
            ["Enter"], ["Escape"], ["1"], ["Down"], ["Enter"], ["Escape"], ["/"], ["p"], ["r"], ["Enter"], ["?"], ["Escape"],
        ]
        for (step, key) in keys.enumerated() {
            for session in [own, curses] where !key.isEmpty { session.send(key[0]) }
            // Esc is only known to be a key of its own after curses' escape delay (25 ms), and
            // either console may still be drawing: wait until both show the same text and have
            // held it for 100 ms, then compare the colours of that screen.
            let deadline = Date().addingTimeInterval(5)
            var ownText = ""
            var cursesText = ""
            repeat {
                usleep(100_000)
                ownText = own.capture()
                cursesText = curses.capture()
            } while (ownText != cursesText || own.capture() != ownText) && Date() < deadline
            let ownCells = Self.cells(Self.coloured(own))
            let cursesCells = Self.cells(Self.coloured(curses))
            #expect(ownText == cursesText, "text differs after step \(step) (\(key)) on \(term)")
            if ownCells != cursesCells {
                let row = (0..<max(ownCells.count, cursesCells.count)).first { $0 >= ownCells.count || $0 >= cursesCells.count || ownCells[$0] != cursesCells[$0] } ?? 0
                let own = row < ownCells.count ? ownCells[row] : []
                let other = row < cursesCells.count ? cursesCells[row] : []
                let column = (0..<max(own.count, other.count)).first { $0 >= own.count || $0 >= other.count || own[$0] != other[$0] } ?? 0
                Issue.record("after step \(step) (\(key)) on \(term): row \(row), column \(column): writer \(column < own.count ? own[column].description : "-"), curses \(column < other.count ? other[column].description : "-")")
            }
        }
        for session in [own, curses] {
            session.send("q")
            ConsoleEndToEndTests.expectRestored(session)
        }
    }

    /// Ctrl-Z then `fg`: curses repaints from its own idea of the screen, which is blank when the
    /// writer draws; the console must draw its whole screen again, and later keys must land on it.
    @Test func aStoppedAndContinuedConsoleDrawsItsWholeScreen() throws {
        let session = try ConsoleEndToEndTests.start(width: 100, height: 30)
        defer { session.close() }
        _ = try #require(session.waitFor("prod-de-nordkauf"))
        let pid = ConsoleEndToEndTests.file(session, "pid")
        #expect(!pid.isEmpty)
        // SIGTSTP is what Ctrl-Z sends; curses leaves the screen, then the process stops.
        Spawn.run(["kill", "-TSTP", pid])
        #expect(session.waitUntil(timeout: 5) { $0.range(of: "prod-de-nordkauf") == nil } != nil, "curses did not leave the screen on SIGTSTP")
        Spawn.run(["kill", "-CONT", pid])
        let resumed = session.waitUntil(timeout: 5) { $0.contains("prod-de-nordkauf") && $0.contains("1 Environments") && $0.contains("data 0s old") }
        #expect(resumed != nil, "the screen was not drawn again after SIGCONT: \(session.capture())")
        // A key after the resume draws onto a whole screen: the Health view with its tab bar and header.
        session.send("2")
        let health = session.waitFor("PROCESSES HIT", timeout: 5) ?? session.capture()
        #expect(health.contains("1 Environments  2 Health") && health.contains("HEALTH"), "after the resume: \(health)")
        session.send("q")
        ConsoleEndToEndTests.expectRestored(session)
    }
}
