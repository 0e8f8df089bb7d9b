import CNcurses
import TerminalUI

/// Reads the control strings `ScreenWriter` needs from the terminfo entry curses has loaded.
enum TerminfoSequences {
    /// The terminal's sequences, or nil when it lacks what the writer needs (then curses draws).
    static func load(isUTF8: Bool) -> TerminalSequences? {
        guard let cup = string("cup"), let sgr0 = string("sgr0"), !cup.isEmpty, number("xmc") <= 0 else { return nil }
        let cursorAddress: TerminalSequences.CursorAddress
        // Formatting through terminfo costs more than the rest of a cell; an ANSI `cup` is
        // formatted by the writer, checked here against terminfo's own result.
        if format(cup, 0, 0) == Array("\u{1b}[1;1H".utf8), format(cup, 12, 34) == Array("\u{1b}[13;35H".utf8) {
            cursorAddress = .ansi
        } else {
            cursorAddress = .formatted { row, column in format(cup, row, column) }
        }
        var reset = strippingPadding(sgr0)
        // Where `sgr0` is not ANSI's "ESC [ m" it may leave colours on: add orig_pair.
        if reset.firstRange(of: Array("\u{1b}[m".utf8)) == nil, reset.firstRange(of: Array("\u{1b}[0m".utf8)) == nil, let originalPair = string("op") {
            reset += strippingPadding(originalPair)
        }
        return TerminalSequences(
            cursorAddress: cursorAddress,
            reset: reset,
            canMoveWithAttributes: flag("msgr"),
            canWriteLastCell: !flag("am") || flag("xenl"),
            isUTF8: isUTF8
        )
    }

    /// The bytes of an attribute's capability (empty when the terminal lacks it).
    static func attribute(_ name: String) -> [UInt8] {
        string(name).map(strippingPadding) ?? []
    }

    /// `setaf`/`setab` for a colour number (empty when the terminal lacks it).
    static func colour(_ name: String, _ number: Int) -> [UInt8] {
        guard let capability = string(name) else { return [] }
        return strippingPadding(format1(capability, number))
    }

    private static func string(_ name: String) -> [UInt8]? {
        guard let value = opsdeck_capability(name) else { return nil }
        return Array(String(cString: value).utf8)
    }

    private static func flag(_ name: String) -> Bool { tigetflag(name) > 0 }

    private static func number(_ name: String) -> Int32 { tigetnum(name) }

    private static func format(_ capability: [UInt8], _ row: Int, _ column: Int) -> [UInt8] {
        let terminated = capability + [0]
        let text = terminated.withUnsafeBufferPointer { pointer in
            pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: terminated.count) { characters -> [UInt8] in
                guard let result = opsdeck_tiparm2(characters, Int32(row), Int32(column)) else { return [] }
                return Array(String(cString: result).utf8)
            }
        }
        return strippingPadding(text)
    }

    private static func format1(_ capability: [UInt8], _ number: Int) -> [UInt8] {
        let terminated = capability + [0]
        return terminated.withUnsafeBufferPointer { pointer in
            pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: terminated.count) { characters in
                guard let result = opsdeck_tiparm1(characters, Int32(number)) else { return [] }
                return Array(String(cString: result).utf8)
            }
        }
    }

    /// Removes terminfo padding (`$<5>`, `$<2*/>`): delays for hardware terminals that `tputs`
    /// would turn into waits or NUL bytes; terminals of today need none.
    static func strippingPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let end = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                index = end + 1
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}
