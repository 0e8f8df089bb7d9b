/// A rectangle of cells, the area a widget is given to draw in.
///
/// Every helper clamps instead of trapping: layouts computed for a tiny terminal
/// yield empty rectangles, and widgets draw nothing in an empty rectangle.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    /// Left column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Number of columns (never negative).
    public var width: Int
    /// Number of rows (never negative).
    public var height: Int

    /// Creates a rectangle; negative dimensions are clamped to zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle at the origin covering a whole screen or buffer of `size`.
    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// The dimensions of the rectangle.
    public var size: Size { Size(width: width, height: height) }

    /// True when the rectangle covers no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// One past the rightmost column.
    public var maxX: Int { x + width }

    /// One past the bottom row.
    public var maxY: Int { y + height }

    /// True when the cell at (`column`, `row`) lies inside.
    public func contains(x column: Int, y row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    /// The rectangle shrunk by `amount` cells on every side (empty, not negative, when too small).
    public func inset(by amount: Int) -> Rect {
        inset(horizontal: amount, vertical: amount)
    }

    /// The rectangle shrunk by `horizontal` columns left and right and `vertical` rows top and bottom.
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        let newWidth = max(0, width - 2 * horizontal)
        let newHeight = max(0, height - 2 * vertical)
        return Rect(x: x + min(horizontal, width / 2), y: y + min(vertical, height / 2),
                    width: newWidth, height: newHeight)
    }

    /// Splits into a top part of `top` rows (clamped to the height) and the rest below it.
    public func splitVertically(top: Int) -> (top: Rect, bottom: Rect) {
        let topHeight = min(max(0, top), height)
        return (Rect(x: x, y: y, width: width, height: topHeight),
                Rect(x: x, y: y + topHeight, width: width, height: height - topHeight))
    }

    /// Splits into a bottom part of `bottom` rows (clamped) and the rest above it.
    public func splitVertically(bottom: Int) -> (top: Rect, bottom: Rect) {
        splitVertically(top: height - min(max(0, bottom), height))
    }

    /// Splits into a left part of `left` columns (clamped to the width) and the rest to its right.
    public func splitHorizontally(left: Int) -> (left: Rect, right: Rect) {
        let leftWidth = min(max(0, left), width)
        return (Rect(x: x, y: y, width: leftWidth, height: height),
                Rect(x: x + leftWidth, y: y, width: width - leftWidth, height: height))
    }

    /// Splits into a right part of `right` columns (clamped) and the rest to its left.
    public func splitHorizontally(right: Int) -> (left: Rect, right: Rect) {
        splitHorizontally(left: width - min(max(0, right), width))
    }

    /// A rectangle of at most `width` x `height` centred within this one.
    public func centered(width wanted: Int, height wantedHeight: Int) -> Rect {
        let newWidth = min(max(0, wanted), width)
        let newHeight = min(max(0, wantedHeight), height)
        return Rect(x: x + (width - newWidth) / 2, y: y + (height - newHeight) / 2,
                    width: newWidth, height: newHeight)
    }

    /// The cells common to both rectangles (empty when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// A single row of this rectangle (empty when `offset` is outside).
    public func row(_ offset: Int) -> Rect {
        guard offset >= 0, offset < height else { return Rect(x: x, y: y + offset, width: 0, height: 0) }
        return Rect(x: x, y: y + offset, width: width, height: 1)
    }

    /// `"(x,y WIDTHxHEIGHT)"`, for messages and test output.
    public var description: String { "(\(x),\(y) \(width)x\(height))" }
}
