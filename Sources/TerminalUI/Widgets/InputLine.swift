/// A one-row text input: a prompt, the text, and a cursor; long text scrolls to keep the cursor visible.
public struct InputLine: Widget, Sendable {
    /// Text before the input (`:` or `/`).
    public var prompt: String
    /// The text being edited.
    public var text: String
    /// Cursor position, in characters from the start of `text`.
    public var cursor: Int
    /// Style of prompt and text.
    public var style: Style

    /// Creates an input line.
    public init(prompt: String, text: String, cursor: Int, style: Style = Style(role: .inputLine)) {
        self.prompt = prompt
        self.text = text
        self.cursor = cursor
        self.style = style
    }

    /// The first character shown and the cursor's column relative to `rect.x`, for `width` columns.
    public func layout(width: Int) -> (firstCharacter: Int, cursorColumn: Int) {
        let characters = Array(TextSanitizer.clean(text))
        let position = min(max(0, cursor), characters.count)
        let promptWidth = DisplayWidth.of(TextSanitizer.clean(prompt))
        // One column stays free for the cursor after the last character.
        let room = max(1, width - promptWidth - 1)
        var first = 0
        var before = characters[0..<position].reduce(0) { $0 + DisplayWidth.of($1) }
        while before > room && first < position {
            before -= DisplayWidth.of(characters[first])
            first += 1
        }
        return (first, min(promptWidth + before, max(0, width - 1)))
    }

    /// Draws the prompt, the visible part of the text and the cursor (a reversed cell).
    public func render(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        buffer.fill(row, style: style)
        let characters = Array(TextSanitizer.clean(text))
        let (first, cursorColumn) = layout(width: row.width)
        let promptWidth = buffer.put(prompt, x: row.x, y: row.y, maxWidth: row.width, style: style.adding(.bold))
        let visible = String(characters[first...])
        buffer.put(visible, x: row.x + promptWidth, y: row.y, maxWidth: max(0, row.width - promptWidth), style: style)
        buffer.addAttributes(.reverse, in: Rect(x: row.x + cursorColumn, y: row.y, width: 1, height: 1))
    }
}
