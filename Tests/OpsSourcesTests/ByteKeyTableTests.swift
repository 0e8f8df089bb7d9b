import Testing
@testable import OpsSources

/// `ByteKeyTable` finds a key by an item's bytes wherever its search starts.
@Suite struct ByteKeyTableTests {
    private static func find(_ table: inout ByteKeyTable<Int>, _ text: String, in line: String) -> Int? {
        var line = line
        let start = line.utf8.count - text.utf8.count
        return line.withUTF8 { bytes in
            table.index(of: start..<bytes.count, in: bytes).map { table[$0] }
        }
    }

    @Test func findsEveryKeyInAnyOrderAndNothingElse() {
        var table = ByteKeyTable<Int>()
        for (value, key) in ["pg.locks", "http.p95", "", "queue.depth", "pg.lock"].enumerated() {
            var key = key
            key.withUTF8 { table.append($0, value) }
        }
        #expect(table.count == 5)
        // In order, out of order, twice in a row, and each after a miss.
        for key in ["pg.locks", "http.p95", "", "queue.depth", "pg.lock", "queue.depth", "pg.locks", "pg.locks", "http.p95"] {
            #expect(Self.find(&table, key, in: "key: " + key) == ["pg.locks", "http.p95", "", "queue.depth", "pg.lock"].firstIndex(of: key))
            #expect(Self.find(&table, "pg.lo", in: "key: pg.lo") == nil)
        }
        table.removeAll()
        #expect(table.count == 0)
        #expect(Self.find(&table, "pg.locks", in: "key: pg.locks") == nil)
    }
}
