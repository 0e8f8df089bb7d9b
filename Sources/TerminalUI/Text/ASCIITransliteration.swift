/// Turns any text into 7-bit ASCII for terminals without UTF-8: accents dropped, common symbols
/// mapped, everything else `?`, so nothing reaches such a terminal as garbage.
public enum ASCIITransliteration {
    private static let symbols: [Character: Character] = [
        "·": "-", "—": "-", "–": "-", "→": ">", "←": "<", "↑": "^", "↓": "v", "…": "~", "•": "*",
        "›": ">", "‹": "<", "«": "<", "»": ">", "“": "\"", "”": "\"", "‘": "'", "’": "'", "×": "x",
        "✓": "+", "✔": "+", "▲": "!", "▼": "v", "✖": "X", "✗": "X", "⚑": "!", "│": "|", "─": "-",
        "┃": "|", "█": "#", "░": ".", "▒": ":", "▓": "#", "≤": "<", "≥": ">", "≠": "#", "°": "o",
        "€": "E", "£": "L", "¥": "Y", "ß": "s", "æ": "a", "Æ": "A", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
    ]

    /// The ASCII stand-in for one character (itself when already ASCII).
    public static func character(_ character: Character) -> Character {
        if character.isASCII { return character }
        if let mapped = symbols[character] { return mapped }
        // Letters with accents: keep the base letter.
        if let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first, base.isASCII {
            return Character(base)
        }
        if ("▁"..."█").contains(character) { return "#" }
        if ("─"..."╿").contains(character) { return "+" }
        return "?"
    }
}

extension Buffer {
    /// The same frame in 7-bit ASCII: wide characters become `?` plus a blank, so columns stay put.
    public func transliteratedToASCII() -> Buffer {
        var result = self
        for index in cells.indices {
            let cell = cells[index]
            if cell.isContinuation {
                result.setRawCell(Cell(text: .space, style: cell.style), x: index % size.width, y: index / size.width)
            } else if !cell.text.isASCII {
                result.setRawCell(Cell(ASCIITransliteration.character(cell.character), style: cell.style), x: index % size.width, y: index / size.width)
            }
        }
        return result
    }
}

import Foundation
