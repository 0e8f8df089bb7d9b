/// Something that draws itself into a rectangle of a buffer, as a pure function of its values.
///
/// State such as scroll offsets and selections lives with the caller and is passed in.
public protocol Widget {
    /// Draws into `rect`; nothing outside it is touched.
    func render(in rect: Rect, buffer: inout Buffer)
}

/// Horizontal placement of text within its space.
public enum Alignment: Sendable, Hashable {
    /// Flush left.
    case left
    /// Flush right (numbers).
    case right
    /// Centred.
    case center
}

/// `text` placed within `width` columns, truncated with `ellipsis` when too long.
func aligned(_ text: String, width: Int, alignment: Alignment, ellipsis: String) -> (text: String, offset: Int) {
    let cut = truncate(TextSanitizer.clean(text), toWidth: width, ellipsis: ellipsis)
    let slack = max(0, width - DisplayWidth.of(cut))
    switch alignment {
    case .left: return (cut, 0)
    case .right: return (cut, slack)
    case .center: return (cut, slack / 2)
    }
}
