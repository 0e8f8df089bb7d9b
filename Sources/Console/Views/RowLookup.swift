import OpsModel

/// Finds overview rows by id and by `/` text, built once per overview so a keystroke costs one
/// `contains` per row and a lookup one hash, instead of lowercasing and scanning every row again.
struct RowLookup: Sendable {
    /// A row's fields joined by a newline: typed filters never contain one (Enter ends the
    /// input), so a match can not run across two fields, as when each field was searched alone.
    /// Made when first filtered (or by `prepare`): at 10,000 environments the lowercased texts of
    /// three lists held back the first frame, which filters nothing.
    private let texts: Deferred<[String]>
    /// The first row of each id.
    private let rowByID: [String: Int]
    private let rowCount: Int

    init(_ rows: [EnvironmentOverview], fields: @escaping @Sendable (EnvironmentOverview) -> [String]) {
        self.init(rows, id: { $0[$1].environment.id }, fields: fields)
    }

    /// The lookup of list entries that each stand for one row: its environment's id and its fields.
    /// `id` reads element `index` of the buffer in place: an element handed to a closure was
    /// copied, every field retained and released (perf: a sixth of the first frame's list).
    init<Element: Sendable>(_ elements: [Element], id: (UnsafeBufferPointer<Element>, _ index: Int) -> String, fields: @escaping @Sendable (Element) -> [String]) {
        rowByID = elements.withUnsafeBufferPointer { elements in
            FirstPositions.index(count: elements.count, key: { id(elements, $0) })
        }
        rowCount = elements.count
        texts = Deferred { Self.texts(elements, fields: fields) }
    }

    private static func texts<Element>(_ elements: [Element], fields: (Element) -> [String]) -> [String] {
        var texts: [String] = []
        texts.reserveCapacity(elements.count)
        elements.withUnsafeBufferPointer { elements in
            for index in elements.indices {
                texts.append(fields(elements[index]).joined(separator: "\n").lowercased())
            }
        }
        return texts
    }

    /// Makes the texts a filter searches now, so the first keystroke does not wait for them.
    func prepare() {
        texts.prepare()
    }

    /// The row of an environment.
    func row(_ environmentID: String?) -> Int? {
        environmentID.flatMap { rowByID[$0] }
    }

    /// The row indices of `order` whose fields contain `filter` in any case, in the same order.
    func narrow(_ order: [Int], to filter: String) -> [Int] {
        let needle = filter.lowercased()
        guard !needle.isEmpty else { return order }
        let texts = self.texts.value
        // `contains` goes through Foundation's string search, about 9,000 instructions a row
        // (callgrind): 10,000 rows missed a frame. An ASCII needle can only match ASCII bytes, so
        // a byte search of the UTF-8 finds the same rows (but after a decomposed accent).
        guard needle.utf8.allSatisfy({ $0 < 0x80 }) else { return order.filter { texts[$0].contains(needle) } }
        let bytes = Array(needle.utf8)
        return order.filter { Self.utf8(of: texts[$0], contains: bytes) }
    }

    private static func utf8(of text: String, contains needle: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { haystack in
            guard haystack.count >= needle.count else { return false }
            for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
                var matched = 1
                while matched < needle.count && haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            return false
        }
    }

    /// The entry of an environment's row in `perRow` (as `positions(in:)` makes), nil when it is -1.
    func value(for environmentID: String?, in perRow: [Int]) -> Int? {
        row(environmentID).flatMap { perRow[$0] >= 0 ? perRow[$0] : nil }
    }

    /// For each row, its position in `order`, or -1 when `order` leaves it out.
    func positions(in order: [Int]) -> [Int] {
        var positions = [Int](repeating: -1, count: rowCount)
        for (position, row) in order.enumerated() { positions[row] = position }
        return positions
    }
}
