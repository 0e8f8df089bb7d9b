/// The dimensions of a screen or buffer, in terminal cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    /// Number of columns.
    public var width: Int
    /// Number of rows.
    public var height: Int

    /// Creates a size; negative dimensions are clamped to zero so a buffer can never be malformed.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The empty size.
    public static let zero = Size(width: 0, height: 0)

    /// Number of cells covered.
    public var area: Int { width * height }

    /// `"WIDTHxHEIGHT"`, for messages and test output.
    public var description: String { "\(width)x\(height)" }
}
