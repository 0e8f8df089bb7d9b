import Foundation
import OpsModel

/// Reads a signal item straight from its bytes when it is written the way the generator and the
/// demo write nearly all of them: `- {env: …, component: …, key: …, samples: […]}` in the plain
/// one-line form (`PlainFlowCursor`), naming a catalog key, a known environment and one of its
/// components, with plain decimal samples.
///
/// For such an item it gives exactly what `SignalFixtures.signal` and the reference checks give,
/// without a node, a reader, or a string per sample: at 10,000 environments that was half the
/// load. Any other item, and any item with something to report, gets nil and is read the general
/// way, so every issue is still reported by the one general reader. One reader per thread.
final class SignalLineReader {
    /// All of the reader's state in one stored property, changed by its own methods: each
    /// access to a class's stored property is checked for exclusivity at run time, and the nine
    /// of every line were a tenth of its cost (callgrind).
    private var state: LineReading

    init(catalog: [String: SignalDefinition], environments: EnvironmentIndex, pool: SamplePool, anchor: Date) {
        state = LineReading(catalog: catalog, environments: environments, pool: pool, anchor: anchor)
    }

    deinit {
        state.values.deallocate()
    }

    /// The signal of the item whose bytes start at its dash, or nil to read it the general way.
    func signal(_ item: UnsafeBufferPointer<UInt8>) -> Signal? {
        state.signal(item)
    }
}

/// What a `SignalLineReader` knows and keeps from one line to the next.
private struct LineReading {
    private let catalog: [String: SignalDefinition]
    private let environments: EnvironmentIndex
    private let pool: SamplePool
    private let anchor: Date
    /// Reused for every item's samples before they go to the pool; freed by the reader.
    var values = SampleScratch()
    /// The last environment read (a file lists an environment's signals together): its id's
    /// bytes, its own id string, and its components' ids as bytes and as its own strings. Kept
    /// apart from the `Environment`, whose copy would retain every one of its fields.
    private var environmentIDBytes: [UInt8] = []
    private var environmentID = ""
    private var components = ByteKeyTable<String>()
    /// The catalog entries met so far, by their key's bytes.
    private var definitions = ByteKeyTable<SignalDefinition>()

    init(catalog: [String: SignalDefinition], environments: EnvironmentIndex, pool: SamplePool, anchor: Date) {
        self.catalog = catalog
        self.environments = environments
        self.pool = pool
        self.anchor = anchor
    }

    /// The signal of the item whose bytes start at its dash, or nil to read it the general way.
    mutating func signal(_ item: UnsafeBufferPointer<UInt8>) -> Signal? {
        guard let fields = fields(item), selectEnvironment(item, fields.environment),
              let componentIndex = components.index(of: fields.component, in: item),
              let definition = definition(item, fields.key)
        else { return nil }
        // As the general reader builds it: the catalog's traits (its processes replaced by the
        // item's own, when it lists any), the newest sample at the load's instant, a minute apart.
        let samples = SampleSeries(values: values.filled, newest: anchor, step: 60, pool: pool)
        return Signal(key: definition.key, environmentID: environmentID, componentID: components[componentIndex],
                      traits: traits(definition), samples: samples, error: nil)
    }

    /// The item's own processes, read into `processes` by `fields`; empty when it lists none.
    private var processes: [RetailProcess] = []
    /// Traits of a catalog entry with other processes, shared by the series that list the same ones.
    private var traitsWithProcesses: [TraitsKey: SignalTraits] = [:]

    private struct TraitsKey: Hashable {
        let key: String
        let processes: [RetailProcess]
    }

    /// The catalog entry's traits, or a copy with the item's own `processes` when it lists others;
    /// the general reader makes the same values (it keeps the catalog's traits when they are equal).
    private mutating func traits(_ definition: SignalDefinition) -> SignalTraits {
        guard !processes.isEmpty, processes != definition.traits.values.processes else { return definition.traits }
        let key = TraitsKey(key: definition.key, processes: processes)
        if let traits = traitsWithProcesses[key] { return traits }
        var values = definition.traits.values
        values.processes = processes
        let traits = SignalTraits(values)
        traitsWithProcesses[key] = traits
        return traits
    }

    /// Where the item's `env`, `component` and `key` are, its samples read into `values`; nil
    /// when it is not exactly those four fields in the plain form. A loop, not closures: values
    /// captured and changed by a closure are checked for exclusive access on every change.
    private mutating func fields(_ item: UnsafeBufferPointer<UInt8>) -> (environment: Range<Int>, component: Range<Int>, key: Range<Int>)? {
        var cursor = PlainFlowCursor(item, at: 0)
        guard cursor.skipSeparator(UInt8(ascii: "-")), cursor.skip(UInt8(ascii: "{")) else { return nil }
        var environmentID: Range<Int>?
        var componentID: Range<Int>?
        var key: Range<Int>?
        var sawSamples = false
        var sawProcesses = false
        processes.removeAll(keepingCapacity: true)
        values.count = 0
        repeat {
            let field: Field
            // The four keys every line has, matched by their bytes with their `: ` (reading them
            // as words took a tenth of a signal); any other spelling is read as a word, which
            // gives the same for these four.
            if cursor.skip("env: ") {
                field = .environment
            } else if cursor.skip("component: ") {
                field = .component
            } else if cursor.skip("key: ") {
                field = .key
            } else if cursor.skip("samples: ") {
                field = .samples
            } else {
                guard let name = cursor.word(), cursor.skipSeparator(UInt8(ascii: ":")) else { return nil }
                if cursor.matches(name, "samples") {
                    field = .samples
                } else if cursor.matches(name, "processes") {
                    field = .processes
                } else if cursor.matches(name, "env") {
                    field = .environment
                } else if cursor.matches(name, "component") {
                    field = .component
                } else if cursor.matches(name, "key") {
                    field = .key
                } else {
                    return nil
                }
            }
            switch field {
            case .samples:
                guard !sawSamples, Self.readSamples(&cursor, into: &values) else { return nil }
                sawSamples = true
            case .processes:
                guard !sawProcesses, Self.readProcesses(&cursor, into: &processes) else { return nil }
                sawProcesses = true
            case .environment, .component, .key:
                guard let (range, quoted) = cursor.scalar(), quoted || !cursor.isNull(range) else { return nil }
                switch field {
                case .environment where environmentID == nil: environmentID = range
                case .component where componentID == nil: componentID = range
                case .key where key == nil: key = range
                default: return nil
                }
            }
        } while cursor.skipSeparator(UInt8(ascii: ","))
        guard cursor.skip(UInt8(ascii: "}")), sawSamples, let environmentID, let componentID, let key,
              Self.onlyBlankAfter(cursor.offset, in: item)
        else { return nil }
        return (environmentID, componentID, key)
    }

    /// The fields a signal line may have.
    private enum Field {
        case environment, component, key, samples, processes
    }

    /// A `[…]` of unquoted process names, each one `RetailProcess` knows (the general reader
    /// warns of any other), appended to `processes`.
    private static func readProcesses(_ cursor: inout PlainFlowCursor, into processes: inout [RetailProcess]) -> Bool {
        let bytes = cursor.bytes
        return cursor.list { range, quoted in
            guard !quoted, let process = RetailProcess(rawValue: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)) else { return false }
            processes.append(process)
            return true
        }
    }

    /// A `[…]` of plain decimals, appended to `values`.
    private static func readSamples(_ cursor: inout PlainFlowCursor, into values: inout SampleScratch) -> Bool {
        guard cursor.skip(UInt8(ascii: "[")) else { return false }
        if cursor.skip(UInt8(ascii: "]")) { return true }
        repeat {
            if let value = decimalBeforeSeparator(&cursor) {
                values.append(value)
                continue
            }
            guard let range = cursor.word(), let value = DecimalNumber.plainDecimal(cursor.bytes, range) else { return false }
            values.append(value)
        } while cursor.skipSeparator(UInt8(ascii: ","))
        return cursor.skip(UInt8(ascii: "]"))
    }

    /// A plain decimal (`-12.5`, `7`, `.5`, `5.`: a `-`, digits, at most one point; 1 to 15
    /// digits) ending right before `,` or `]`; nil, the cursor unmoved, for anything else. Such
    /// bytes are a whole word, so this gives exactly what `word` then
    /// `DecimalNumber.plainDecimal` give: at 10,000 environments they walked 8 million samples
    /// twice. Two tight loops over the digits with the position in a register: one loop asking
    /// at every byte whether a point had been seen (`DecimalNumber.scan`) cost ~100
    /// instructions a sample (callgrind).
    @inline(__always)
    private static func decimalBeforeSeparator(_ cursor: inout PlainFlowCursor) -> Double? {
        guard let base = cursor.bytes.baseAddress else { return nil }
        let end = cursor.bytes.count
        var index = cursor.offset
        let negative = index < end && base[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var digits: UInt64 = 0
        var digitCount = readDigits(base, &index, end, into: &digits)
        var fractionDigits = 0
        if index < end, base[index] == UInt8(ascii: ".") {
            index += 1
            fractionDigits = readDigits(base, &index, end, into: &digits)
            digitCount += fractionDigits
        }
        guard digitCount > 0, digitCount <= 15, index < end,
              base[index] == UInt8(ascii: ",") || base[index] == UInt8(ascii: "]")
        else { return nil }
        cursor.offset = index
        // A whole number needs no division (the same value: n / 1 is n).
        guard fractionDigits > 0 else { return negative ? -Double(digits) : Double(digits) }
        return DecimalNumber.value(digits: digits, fractionDigits: fractionDigits, negative: negative)
    }

    /// Appends the decimal digits from `index` to `digits` (wrapping past 19, which callers
    /// refuse), moving `index` past them; how many there were.
    @inline(__always)
    private static func readDigits(_ base: UnsafePointer<UInt8>, _ index: inout Int, _ end: Int, into digits: inout UInt64) -> Int {
        let start = index
        while index < end {
            let digit = base[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            digits = digits &* 10 &+ UInt64(digit)
            index += 1
        }
        return index - start
    }

    /// Makes the environment named by `range` the current one; false when there is no such environment.
    private mutating func selectEnvironment(_ item: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        if !environmentIDBytes.isEmpty, environmentIDBytes.withUnsafeBufferPointer({ $0.hasSameBytes(as: UnsafeBufferPointer(rebasing: item[range])) }) {
            return true
        }
        guard let environment = environments.components(String(decoding: item[range], as: UTF8.self)) else { return false }
        environmentIDBytes = Array(item[range])
        environmentID = environment.ownID
        components.removeAll()
        for component in environment.components {
            var id = component.id
            id.withUTF8 { components.append($0, component.id) }
        }
        return true
    }

    private mutating func definition(_ item: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> SignalDefinition? {
        if let index = definitions.index(of: range, in: item) { return definitions[index] }
        guard let shared = catalog[String(decoding: item[range], as: UTF8.self)] else { return nil }
        // This reader's own copy of the key and traits, equal to the catalog's: every signal
        // retains both, and the catalog's, retained by the readers on every core at once, had
        // their reference counts bounce from core to core (perf).
        let definition = SignalDefinition(key: Self.copy(shared.key), traits: SignalTraits(shared.traits.values))
        definitions.append(UnsafeBufferPointer(rebasing: item[range]), definition)
        return definition
    }

    /// The same text in storage of its own (a long `String` shares its storage when copied).
    private static func copy(_ text: String) -> String {
        let count = text.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in buffer.initialize(from: text.utf8).1 }
    }

    /// Only spaces and line ends may follow the item: the next item's indentation, or blank lines.
    private static func onlyBlankAfter(_ offset: Int, in item: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = offset
        while index < item.count {
            guard item[index] == UInt8(ascii: " ") || item[index] == UInt8(ascii: "\n") else { return false }
            index += 1
        }
        return true
    }
}
