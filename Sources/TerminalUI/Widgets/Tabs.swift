/// A row of numbered tabs (`1 Environments  2 Calendar …`) with the active one highlighted.
public struct Tabs: Widget, Sendable {
    /// Tab titles; tab `n` is selected with key `n + 1`.
    public var titles: [String]
    /// Index of the active tab.
    public var activeIndex: Int

    /// Creates a tab bar.
    public init(titles: [String], activeIndex: Int) {
        self.titles = titles
        self.activeIndex = activeIndex
    }

    /// The label of each tab at `width` columns: full titles when they fit, else the active tab's
    /// title with numbers for the others, else numbers only.
    public func labels(width: Int) -> [String] {
        let numbers = titles.indices.map { String($0 + 1) }
        let candidates: [[String]] = [
            titles.indices.map { "\(numbers[$0]) \(titles[$0])" },
            titles.indices.map { $0 == activeIndex ? "\(numbers[$0]) \(titles[$0])" : numbers[$0] },
            numbers,
        ]
        for labels in candidates where Self.width(of: labels) <= width { return labels }
        return numbers
    }

    /// Draws the tabs left to right, each padded by a space either side.
    public func render(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        buffer.fill(row, style: Style(role: .tabInactive))
        var x = row.x
        for (index, label) in labels(width: row.width).enumerated() {
            let style = index == activeIndex ? Style(role: .tabActive, attributes: .bold) : Style(role: .tabInactive)
            let remaining = row.maxX - x
            if remaining <= 0 { break }
            x += buffer.put(" \(label) ", x: x, y: row.y, maxWidth: remaining, style: style)
        }
    }

    /// Which tab a column of the tab row (relative to its left edge) falls on, for mouse clicks.
    public func index(atColumn column: Int, width: Int) -> Int? {
        var x = 0
        for (index, label) in labels(width: width).enumerated() {
            let next = x + DisplayWidth.of(label) + 2
            if column >= x && column < next { return index }
            x = next
        }
        return nil
    }

    private static func width(of labels: [String]) -> Int {
        labels.reduce(0) { $0 + DisplayWidth.of($1) + 2 }
    }
}
