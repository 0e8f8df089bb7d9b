import Testing
import OpsModel

/// The fast number reader gives exactly what `Double(_:)` gives, bit for bit.
@Suite struct DecimalNumberTests {
    @Test(arguments: [
        "0", "-0", "42", "-17", "+5", "0.1", "0.2", "0.3", "2.675", "1.005", "123456789012345", "1234567890123456",
        "99999999999999999999", "0.000000000000000000000001", "3.14159265358979", "1e9", "1E-3", "-2.5e+3",
        "5.", ".5", "-.5", ".", "-", "", "abc", "1.2.3", "1,5", " 1", "1 ", "inf", "-inf", "nan", "0x10", "1_000",
        "67108864", "1073741824", "97", "0.22", "40.7", "00042.50",
    ])
    func matchesDouble(text: String) {
        let fast = DecimalNumber.parse(text)
        let reference = Double(text)
        #expect(fast?.bitPattern == reference?.bitPattern || (fast?.isNaN == true && reference?.isNaN == true), "\(text)")
    }

    @Test func matchesDoubleOnManyGeneratedDecimals() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let whole = Int.random(in: -999_999...999_999, using: &generator)
            let fractionDigits = Int.random(in: 0...8, using: &generator)
            let fraction = fractionDigits == 0 ? "" : "." + String((0..<fractionDigits).map { _ in "0123456789".randomElement(using: &generator)! })
            let text = "\(whole)\(fraction)"
            #expect(DecimalNumber.parse(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }
}
