/// Reads numbers as fixtures write them (`42`, `-0.25`, `1e9`), exactly as `Double(_:)` would.
/// Inlinable: the fixture readers call it for each of millions of samples.
public enum DecimalNumber {
    /// 10^exponent for 0...15, each exact in a Double (a switch, not a stored table: a stored
    /// static is a lazily made global, checked on each of millions of samples).
    @inlinable
    static func powerOfTen(_ exponent: Int) -> Double {
        switch exponent {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        default: 1e15
        }
    }

    /// The number, or nil when the text is not one.
    ///
    /// Plain decimals of up to 15 digits are computed directly: the digits and the power of ten
    /// are both exact in a Double, so one division rounds correctly (Clinger's fast path) and
    /// the result equals `Double(text)`. Anything else (exponents, long mantissas, `inf`) is
    /// left to `Double(text)`; that call costs several times more, and a large estate has
    /// millions of samples.
    public static func parse(_ text: String) -> Double? {
        var text = text
        if let value = text.withUTF8({ plainDecimal($0, 0..<$0.count) }) { return value }
        return Double(text)
    }

    /// The number of at most 15 `digits`, the last `fractionDigits` of them after the point:
    /// exact, as `Double(text)` gives it (both the digits and the power of ten are exact).
    @inlinable
    public static func value(digits: UInt64, fractionDigits: Int, negative: Bool) -> Double {
        let magnitude = Double(digits) / powerOfTen(fractionDigits)
        return negative ? -magnitude : magnitude
    }

    /// A plain decimal (`-12.5`, `7`, at most 15 digits, no exponent) read from bytes; nil for
    /// anything else, which `parse` then reads.
    @inlinable
    public static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        let scanned = scan(bytes, from: range.lowerBound, to: range.upperBound)
        return scanned.end == range.upperBound ? scanned.value : nil
    }

    /// A decimal's parts read from `start`: a `-` first, then digits and at most one point, up to
    /// the first other byte (`end`).
    public struct Scanned {
        public var digits: UInt64 = 0
        public var digitCount = 0
        /// Digits after the point; -1 without a point.
        public var fractionDigits = -1
        public var negative = false
        public var end: Int

        @inlinable
        init(end: Int) {
            self.end = end
        }

        /// The number, when there are 1 to 15 digits.
        @inlinable
        public var value: Double? {
            guard digitCount > 0, digitCount <= 15 else { return nil }
            return DecimalNumber.value(digits: digits, fractionDigits: max(0, fractionDigits), negative: negative)
        }
    }

    /// Scans `bytes` from `start` (not past `limit`) as `Scanned` says.
    @inlinable @inline(__always)
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int) -> Scanned {
        var scanned = Scanned(end: start)
        var index = start
        scanned.negative = index < limit && bytes[index] == UInt8(ascii: "-")
        if scanned.negative { index += 1 }
        while index < limit {
            let byte = bytes[index]
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                // Wraps past 19 digits, which `value` refuses anyway.
                scanned.digits = scanned.digits &* 10 &+ UInt64(digit)
                scanned.digitCount += 1
                if scanned.fractionDigits >= 0 { scanned.fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), scanned.fractionDigits < 0 {
                scanned.fractionDigits = 0
            } else {
                break
            }
            index += 1
        }
        scanned.end = index
        return scanned
    }
}
