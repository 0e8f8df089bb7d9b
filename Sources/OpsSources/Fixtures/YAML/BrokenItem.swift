import Foundation

/// An item of a top-level list that is not valid YAML on its own, found from the line a parse
/// of its file failed at, so that the item alone is skipped and the rest of the file still loads.
///
/// One environment indented a column off used to make its whole file invalid, and with it every
/// environment, signal and backup of the estate that referred to one. Only an item that fails
/// to parse by itself is taken for the culprit: an item that is valid alone (the parse may stop
/// in the item after the broken one) is never skipped in its place.
struct BrokenItem: Equatable {
    /// The key of the list (`environments`).
    let listKey: String
    /// The item's index in the list as the text it was found in has it.
    let index: Int
    /// The item's lines, 1-based, the end excluded.
    let lines: Range<Int>
    /// The list key's line, 1-based, when the item is the last one left in its list: its
    /// value becomes `[]`, or the list would read as null and be reported as not a list.
    var lastOfListKeyLine: Int? = nil

    /// The broken item at or before `line` of `bytes`: the nearest item, at or above that line,
    /// of a list that is the value of a key at column 0, that does not parse by itself.
    static func around(line: Int, in bytes: [UInt8]) -> BrokenItem? {
        let lines = LineTable(bytes)
        let errorLine = min(line, lines.count) - 1
        guard errorLine >= 0 else { return nil }
        guard let list = enclosingList(of: errorLine, lines: lines) else { return nil }
        let items = list.items
        guard let position = items.lastIndex(where: { $0.lowerBound <= errorLine }) else { return nil }
        // The parser may have stopped items after the broken one (an unterminated quote runs
        // on to the end of the file): the nearest item at or before it that fails alone.
        for candidate in stride(from: position, through: 0, by: -1) {
            let range = items[candidate]
            if !parsesAlone(range, lines: lines) {
                return BrokenItem(listKey: list.key, index: candidate, lines: (range.lowerBound + 1)..<(range.upperBound + 1),
                                  lastOfListKeyLine: items.count == 1 ? list.keyLine + 1 : nil)
            }
        }
        return nil
    }

    /// The index an item had before `skipped` (indices in the same list, before any was
    /// skipped) were taken out of it, given its index after.
    static func originalIndex(_ index: Int, skipped: [Int]) -> Int {
        var original = index
        for taken in skipped.sorted() where taken <= original { original += 1 }
        return original
    }

    /// `field` (`environments[3].stage`) with its index as it was before the items `skipped`
    /// (original indices, per list key) were taken out of its list.
    static func renumbered(_ field: String, skipped: [String: [Int]]) -> String {
        guard let open = field.firstIndex(of: "["), let taken = skipped[String(field[..<open])],
              let close = field[open...].firstIndex(of: "]"), let index = Int(field[field.index(after: open)..<close]) else { return field }
        return field[...open] + String(originalIndex(index, skipped: taken)) + field[close...]
    }

    /// `bytes` with the item's lines emptied; their line ends stay, so every other line keeps its number.
    func blanked(_ bytes: [UInt8]) -> [UInt8] {
        let table = LineTable(bytes)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for line in 0..<table.count {
            if line + 1 == lastOfListKeyLine {
                // `key:` (and any comment after it) becomes `key: []`.
                let range = table.range(line)
                let text = bytes[range]
                let colon = text.firstIndex(of: UInt8(ascii: ":")) ?? range.upperBound - 1
                result.append(contentsOf: bytes[range.lowerBound...colon])
                result.append(contentsOf: " []".utf8)
            } else if !lines.contains(line + 1) {
                result.append(contentsOf: bytes[table.range(line)])
            }
            if line + 1 < table.count || bytes.last == UInt8(ascii: "\n") { result.append(UInt8(ascii: "\n")) }
        }
        return result
    }

    /// A list under a key at column 0: the key, its line and each item's lines (0-based, end excluded).
    private struct ListLines {
        let key: String
        let keyLine: Int
        let items: [Range<Int>]
    }

    private static func enclosingList(of errorLine: Int, lines: LineTable) -> ListLines? {
        // A parse may stop at the key after a list whose last item is broken: search from the
        // line above it.
        var keyLine = startsAKey(lines, errorLine) ? errorLine - 1 : errorLine
        // The list's key: the nearest line above that starts at column 0 with something other
        // than a list item or a comment.
        while keyLine >= 0, !startsAKey(lines, keyLine) { keyLine -= 1 }
        guard keyLine >= 0 else { return nil }
        let keyText = lines.text(keyLine)
        guard let colon = keyText.firstIndex(of: ":") else { return nil }
        let rest = keyText[keyText.index(after: colon)...].drop { $0 == " " }
        // `key:` alone (or with a comment): its value is on the lines below.
        guard rest.isEmpty || rest.first == "#" || rest == "\r" else { return nil }
        // The key as the reader names it: `environments :` and `"environments":` are `environments`.
        var key = String(keyText[..<colon]).trimmingCharacters(in: .whitespaces)
        if key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first { key = String(key.dropFirst().dropLast()) }
        // The items' indentation: that of the first `-` below the key.
        var line = keyLine + 1
        var indentation: Int?
        while line < lines.count {
            if let column = lines.contentColumn(line), lines.byte(line, column) != UInt8(ascii: "#") {
                if isItemStart(lines, line, column) { indentation = column }
                break
            }
            line += 1
        }
        guard let indentation else { return nil }
        var items: [Range<Int>] = []
        var start: Int?
        while line < lines.count {
            if let column = lines.contentColumn(line) {
                if column == indentation, isItemStart(lines, line, column) {
                    if let start { items.append(start..<line) }
                    start = line
                } else if column == 0, lines.byte(line, 0) != UInt8(ascii: "#") {
                    // A new key of the document (or its end) closes the list.
                    break
                }
            }
            line += 1
        }
        if let start { items.append(start..<line) }
        return ListLines(key: key, keyLine: keyLine, items: items)
    }

    /// Whether the line starts at column 0 with something other than a list item or a comment.
    private static func startsAKey(_ lines: LineTable, _ line: Int) -> Bool {
        guard let first = lines.firstByte(line) else { return false }
        return first != UInt8(ascii: " ") && first != UInt8(ascii: "#") && first != UInt8(ascii: "-") && first != UInt8(ascii: "\r")
    }

    private static func isItemStart(_ lines: LineTable, _ line: Int, _ column: Int) -> Bool {
        guard lines.byte(line, column) == UInt8(ascii: "-") else { return false }
        let next = lines.byte(line, column + 1)
        // A bare dash ends its line, before a carriage return in a file with CRLF line ends.
        return next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: "\r")
    }

    /// Whether the item's lines are valid YAML as the one item of a list.
    private static func parsesAlone(_ range: Range<Int>, lines: LineTable) -> Bool {
        var document = Array("item:\n".utf8)
        for line in range {
            document.append(contentsOf: lines.bytes[lines.range(line)])
            document.append(UInt8(ascii: "\n"))
        }
        do {
            _ = try FixtureYAML.document(document)
            return true
        } catch {
            // An alias to an anchor elsewhere in the file fails alone; the item is not broken for that.
            return error.summary.localizedCaseInsensitiveContains("alias")
        }
    }
}

/// Where each line of a file's bytes starts and ends.
private struct LineTable {
    let bytes: [UInt8]
    private var starts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") && index + 1 < bytes.count {
            starts.append(index + 1)
        }
    }

    var count: Int { starts.count }

    /// The line's bytes without its line end.
    func range(_ line: Int) -> Range<Int> {
        let start = starts[line]
        var end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
        if line + 1 == starts.count, end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        return start..<end
    }

    func text(_ line: Int) -> String { String(decoding: bytes[range(line)], as: UTF8.self) }

    func firstByte(_ line: Int) -> UInt8? {
        let range = range(line)
        return range.isEmpty ? nil : bytes[range.lowerBound]
    }

    func byte(_ line: Int, _ column: Int) -> UInt8? {
        let range = range(line)
        return column < range.count ? bytes[range.lowerBound + column] : nil
    }

    /// The column of the line's first byte that is not a space; nil for a blank line.
    func contentColumn(_ line: Int) -> Int? {
        let range = range(line)
        var index = range.lowerBound
        while index < range.upperBound, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < range.upperBound, bytes[index] != UInt8(ascii: "\r") else { return nil }
        return index - range.lowerBound
    }
}
