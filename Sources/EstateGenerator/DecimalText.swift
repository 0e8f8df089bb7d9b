/// Formats numbers with a fixed number of decimals using integer arithmetic only.
///
/// `Double.description` and `String(format:)` may differ between platforms and versions;
/// fixture bytes must not, or the same seed would give different files.
enum DecimalText {
    /// `value` rounded to `decimals` places (0 to 3), e.g. `12.30` for (12.3, 2).
    static func format(_ value: Double, decimals: Int) -> String {
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((value * Double(scale)).rounded())
        guard decimals > 0 else { return String(scaled) }
        let sign = scaled < 0 ? "-" : ""
        let magnitude = scaled.magnitude
        let whole = magnitude / UInt64(scale)
        let fraction = String(magnitude % UInt64(scale))
        let padding = String(repeating: "0", count: decimals - fraction.count)
        return "\(sign)\(whole).\(padding)\(fraction)"
    }

    /// A non-negative integer left-padded with zeros to `width` digits.
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
