/// A one-row chart of recent values, newest at the right, scaled to their own minimum and maximum.
public struct Sparkline: Widget, Sendable {
    /// Samples, oldest first; nil is a gap (no data).
    public var values: [Double?]
    /// Fixed scale; when nil the samples shown set it.
    public var range: ClosedRange<Double>?
    /// Style of the glyphs.
    public var style: Style
    /// The symbols to draw with.
    public var glyphs: GlyphSet

    /// Creates a sparkline.
    public init(values: [Double?], range: ClosedRange<Double>? = nil, style: Style = Style(role: .sparkline),
                glyphs: GlyphSet = .unicode) {
        self.values = values
        self.range = range
        self.style = style
        self.glyphs = glyphs
    }

    /// Level 0–7 of each sample (nil for gaps and non-finite values).
    ///
    /// A flat series sits at level 0 when it is all zero and mid-height otherwise, so "no load" and
    /// "steady load" look different.
    public static func levels(for values: [Double?], range: ClosedRange<Double>? = nil) -> [Int?] {
        let finite = values.compactMap { $0 }.filter(\.isFinite)
        guard let low = range?.lowerBound ?? finite.min(), let high = range?.upperBound ?? finite.max() else {
            return values.map { _ in nil }
        }
        return values.map { value in
            guard let value, value.isFinite else { return nil }
            guard high > low else { return value == 0 ? 0 : 3 }
            let fraction = (min(max(value, low), high) - low) / (high - low)
            return Int((fraction * 7).rounded())
        }
    }

    /// Draws the newest `rect.width` samples in the first row, right-aligned.
    public func render(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        buffer.fill(row, style: .plain)
        let shown = Array(values.suffix(row.width))
        let levels = Self.levels(for: shown, range: range)
        let start = row.maxX - shown.count
        let glyphLevels = glyphs.sparklineLevels
        guard !glyphLevels.isEmpty else { return }
        for (offset, level) in levels.enumerated() {
            guard let level else { continue }
            // Custom glyph sets may have other than eight levels; scale instead of indexing past the end.
            let glyph = glyphLevels[min(level * glyphLevels.count / 8, glyphLevels.count - 1)]
            buffer.put(glyph, x: start + offset, y: row.y, maxWidth: 1, style: style)
        }
    }
}
