/// The symbols widgets draw with, in a Unicode and a plain-ASCII variant.
///
/// Every widget takes a glyph set, so a terminal without UTF-8 (or a user who asks for ASCII)
/// gets a fully working screen.
public struct GlyphSet: Sendable, Equatable {
    /// Horizontal line.
    public var horizontal: String
    /// Vertical line.
    public var vertical: String
    /// Top-left corner.
    public var topLeft: String
    /// Top-right corner.
    public var topRight: String
    /// Bottom-left corner.
    public var bottomLeft: String
    /// Bottom-right corner.
    public var bottomRight: String
    /// Vertical line with a branch to the right (├).
    public var teeRight: String
    /// Vertical line with a branch to the left (┤).
    public var teeLeft: String
    /// Horizontal line with a branch downwards (┬).
    public var teeDown: String
    /// Horizontal line with a branch upwards (┴).
    public var teeUp: String
    /// Crossing lines.
    public var cross: String
    /// Eight sparkline levels, lowest first.
    public var sparklineLevels: [String]
    /// Healthy status marker.
    public var statusOK: String
    /// Warning status marker.
    public var statusWarn: String
    /// Critical status marker.
    public var statusCrit: String
    /// Unknown status marker.
    public var statusUnknown: String
    /// Arrow up.
    public var arrowUp: String
    /// Arrow down.
    public var arrowDown: String
    /// Arrow left.
    public var arrowLeft: String
    /// Arrow right.
    public var arrowRight: String
    /// Sorted ascending indicator for column headers.
    public var sortAscending: String
    /// Sorted descending indicator for column headers.
    public var sortDescending: String
    /// Scrollbar track.
    public var scrollTrack: String
    /// Scrollbar thumb.
    public var scrollThumb: String
    /// Marks text that was cut.
    public var ellipsis: String
    /// List bullet.
    public var bullet: String
    /// Points at the selected item.
    public var pointer: String
    /// Marks the current time on timelines.
    public var nowMarker: String
    /// A ticked check box.
    public var checkboxChecked: String
    /// An empty check box.
    public var checkboxUnchecked: String

    /// Box drawing, blocks and symbols for UTF-8 terminals.
    public static let unicode = GlyphSet(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼",
        sparklineLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        statusOK: "✓", statusWarn: "▲", statusCrit: "✖", statusUnknown: "?",
        arrowUp: "↑", arrowDown: "↓", arrowLeft: "←", arrowRight: "→",
        sortAscending: "▲", sortDescending: "▼", scrollTrack: "│", scrollThumb: "█",
        ellipsis: "…", bullet: "•", pointer: "›", nowMarker: "┃",
        checkboxChecked: "[✓]", checkboxUnchecked: "[ ]"
    )

    /// Seven-bit ASCII only, for terminals without UTF-8.
    public static let ascii = GlyphSet(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+",
        sparklineLevels: ["_", ".", "-", "~", "=", "*", "#", "@"],
        statusOK: "+", statusWarn: "!", statusCrit: "X", statusUnknown: "?",
        arrowUp: "^", arrowDown: "v", arrowLeft: "<", arrowRight: ">",
        sortAscending: "^", sortDescending: "v", scrollTrack: "|", scrollThumb: "#",
        ellipsis: "~", bullet: "*", pointer: ">", nowMarker: "|",
        checkboxChecked: "[x]", checkboxUnchecked: "[ ]"
    )
}
