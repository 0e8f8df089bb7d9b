/// Up to eight texts of one flow mapping, by their key's place in the reader's list, held
/// without an array and read once as a whole (`all`): reading them one by one through a
/// subscript copied all eight each time.
struct MappingTexts {
    private(set) var all: (String?, String?, String?, String?, String?, String?, String?, String?) = (nil, nil, nil, nil, nil, nil, nil, nil)

    /// Sets the text of the key at `slot` in the reader's list.
    mutating func set(_ slot: Int, _ text: String) {
        switch slot {
        case 0: all.0 = text
        case 1: all.1 = text
        case 2: all.2 = text
        case 3: all.3 = text
        case 4: all.4 = text
        case 5: all.5 = text
        case 6: all.6 = text
        default: all.7 = text
        }
    }
}

/// The texts the direct readers (`EnvironmentBlockReader`, `BackupsBlockReader`) take from an
/// item's plain flow values, kept once in the reader's store as the general reader keeps them.
extension TextStore {
    /// A scalar's text, nil for a plain null (which the general reader treats as not given).
    func plainText(_ range: Range<Int>, _ quoted: Bool, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard quoted || !PlainFlowCursor(bytes, at: 0).isNull(range) else { return nil }
        return interned(bytes, range)
    }

    /// A plain flow mapping's texts by key, in the order of `keys` (eight at most); nil when it
    /// has another key, a key twice, a null, or is not in the plain form. Matched on bytes, and
    /// kept in place: a dictionary per mapping cost more than the general reader, and an array
    /// of entries and one of values were most of a component's cost (callgrind).
    func mappingTexts(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ keys: [StaticString]) -> MappingTexts? {
        let matcher = PlainFlowCursor(bytes, at: 0)
        var values = MappingTexts()
        var seen: UInt8 = 0
        var cursor = PlainFlowCursor(bytes, at: range.lowerBound)
        let plain = cursor.mapping { key, inner in
            guard let (value, quoted) = inner.scalar(), let slot = keys.firstIndex(where: { matcher.matches(key, $0) }),
                  seen & (1 << slot) == 0, let text = plainText(value, quoted, bytes)
            else { return false }
            seen |= 1 << slot
            values.set(slot, text)
            return true
        }
        return plain ? values : nil
    }
}
