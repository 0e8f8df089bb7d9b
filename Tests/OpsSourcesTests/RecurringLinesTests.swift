import Testing
@testable import OpsSources

/// A line found again gives the value kept for its exact bytes; anything else is read.
@Suite struct RecurringLinesTests {
    private static func value(_ lines: RecurringLines<String>, _ text: String, reads: inout [String]) -> String? {
        let bytes = Array(("  - " + text + "\n").utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            lines.value(4..<(4 + text.utf8.count), buffer) { range, bytes in
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                reads.append(line)
                return line.contains("bad") ? nil : line.uppercased()
            }
        }
    }

    @Test func aLineIsReadOnceAndFoundAgainByItsBytes() {
        let lines = RecurringLines<String>()
        var reads: [String] = []
        #expect(Self.value(lines, "{id: web, kind: odoo-web}", reads: &reads) == "{ID: WEB, KIND: ODOO-WEB}")
        #expect(Self.value(lines, "{id: web, kind: odoo-web}", reads: &reads) == "{ID: WEB, KIND: ODOO-WEB}")
        // One byte apart: read, not taken for the other.
        #expect(Self.value(lines, "{id: web, kind: odoo-wed}", reads: &reads) == "{ID: WEB, KIND: ODOO-WED}")
        #expect(Self.value(lines, "{id: web, kind: odoo-web} ", reads: &reads) == "{ID: WEB, KIND: ODOO-WEB} ")
        #expect(reads == ["{id: web, kind: odoo-web}", "{id: web, kind: odoo-wed}", "{id: web, kind: odoo-web} "])
    }

    @Test func aLineWithNothingToKeepIsReadEachTime() {
        let lines = RecurringLines<String>()
        var reads: [String] = []
        #expect(Self.value(lines, "{id: bad}", reads: &reads) == nil)
        #expect(Self.value(lines, "{id: bad}", reads: &reads) == nil)
        #expect(reads.count == 2)
    }

    @Test func pastItsLimitLinesAreStillReadRight() {
        let lines = RecurringLines<String>()
        var reads: [String] = []
        let count = RecurringLines<String>.limit + 10
        for index in 0..<count { #expect(Self.value(lines, "{n: \(index)}", reads: &reads) == "{N: \(index)}") }
        for index in 0..<count { #expect(Self.value(lines, "{n: \(index)}", reads: &reads) == "{N: \(index)}") }
        // The first `limit` were kept; the ten past it are read again.
        #expect(reads.count == count + 10)
    }
}
