import TerminalUI

/// Estimates the bytes a curses library writes for a list of changed cells.
///
/// Model: each run of changed cells on a row costs a cursor move (`ESC[row;colH`, about 8
/// bytes); unchanged gaps shorter than a cursor move are rewritten instead, as ncurses does;
/// every style switch costs an SGR sequence (about 12 bytes, e.g. `ESC[0;38;5;208m`); each cell
/// costs the UTF-8 bytes of its character. Continuation cells cost nothing.
enum TerminalBytesEstimate {
    static let cursorMoveBytes = 8
    static let styleSwitchBytes = 12

    static func bytes(of changes: [CellChange], in frame: Buffer) -> Int {
        var total = 0
        var previous: CellChange?
        var currentStyle: Style?
        for change in changes {
            if let last = previous, last.y == change.y, change.x - last.x - 1 < cursorMoveBytes {
                // Rewrite the unchanged cells in between rather than move the cursor.
                for column in (last.x + 1)..<change.x {
                    let cell = frame[x: column, y: change.y]
                    if !cell.isContinuation { total += cell.character.utf8.count }
                }
            } else {
                total += cursorMoveBytes
            }
            if change.cell.style != currentStyle {
                total += styleSwitchBytes
                currentStyle = change.cell.style
            }
            if !change.cell.isContinuation { total += change.cell.character.utf8.count }
            previous = change
        }
        return total
    }
}
