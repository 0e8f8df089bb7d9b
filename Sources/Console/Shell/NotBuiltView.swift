import TerminalUI

/// What a view that does not exist yet shows: a plain statement, never invented data.
enum NotBuiltView {
    static func render(_ view: ViewID, in rect: Rect, buffer: inout Buffer) {
        _ = buffer.put("The \(view.title) view is not built yet.", x: rect.x + 2, y: rect.y + 1, maxWidth: rect.width - 4, style: Style(role: .emphasis, attributes: .bold))
        _ = buffer.put("Nothing here is shown rather than something made up. Press 1 for Environments.", x: rect.x + 2, y: rect.y + 3, maxWidth: rect.width - 4, style: Style(role: .textDim))
    }
}
