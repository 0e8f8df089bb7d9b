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
    private let catalog: [String: SignalDefinition]
    private let environments: [String: Environment]
    private let pool: SamplePool
    private let anchor: Date
    /// Reused for every item's samples before they go to the pool.
    private var values: [Double] = []
    /// The last environment read, by its id's bytes: a file lists an environment's signals together.
    private var lastEnvironment: (id: [UInt8], environment: Environment)?
    /// The catalog entries met so far, by their key's bytes.
    private var definitions: [(key: [UInt8], definition: SignalDefinition)] = []

    init(catalog: [String: SignalDefinition], environments: [String: Environment], pool: SamplePool, anchor: Date) {
        self.catalog = catalog
        self.environments = environments
        self.pool = pool
        self.anchor = anchor
    }

    /// The signal of the item whose bytes start at its dash, or nil to read it the general way.
    func signal(_ item: UnsafeBufferPointer<UInt8>) -> Signal? {
        var cursor = PlainFlowCursor(item, at: 0)
        guard cursor.skipSeparator(UInt8(ascii: "-")) else { return nil }
        var environmentID: Range<Int>?
        var componentID: Range<Int>?
        var key: Range<Int>?
        var sawSamples = false
        values.removeAll(keepingCapacity: true)
        let accepted = cursor.mapping { name, cursor in
            if cursor.matches(name, "samples") {
                guard !sawSamples else { return false }
                sawSamples = true
                return cursor.list { range, quoted in
                    guard !quoted, let value = DecimalNumber.plainDecimal(item, range) else { return false }
                    values.append(value)
                    return true
                }
            }
            guard let (range, quoted) = cursor.scalar(), quoted || !cursor.isNull(range) else { return false }
            if cursor.matches(name, "env"), environmentID == nil {
                environmentID = range
            } else if cursor.matches(name, "component"), componentID == nil {
                componentID = range
            } else if cursor.matches(name, "key"), key == nil {
                key = range
            } else {
                return false
            }
            return true
        }
        guard accepted, sawSamples, let environmentID, let componentID, let key, Self.onlyBlankAfter(cursor.offset, in: item),
              let environment = environment(item, environmentID),
              let component = environment.components.first(where: { Self.equal($0.id, item, componentID) }),
              let definition = definition(item, key)
        else { return nil }
        // As the general reader builds it with nothing overridden: the catalog's traits, the newest
        // sample at the load's instant, a minute apart.
        let samples = SampleSeries(values: values, newest: anchor, step: 60, pool: pool)
        return Signal(key: definition.key, environmentID: environment.id, componentID: component.id, traits: definition.traits, samples: samples, error: nil)
    }

    private func environment(_ item: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Environment? {
        if let lastEnvironment, lastEnvironment.id.elementsEqual(item[range]) { return lastEnvironment.environment }
        guard let environment = environments[String(decoding: item[range], as: UTF8.self)] else { return nil }
        lastEnvironment = (Array(item[range]), environment)
        return environment
    }

    private func definition(_ item: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> SignalDefinition? {
        for known in definitions where known.key.count == range.count && known.key.elementsEqual(item[range]) {
            return known.definition
        }
        guard let definition = catalog[String(decoding: item[range], as: UTF8.self)] else { return nil }
        definitions.append((Array(item[range]), definition))
        return definition
    }

    private static func equal(_ text: String, _ item: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        text.utf8.count == range.count && text.utf8.elementsEqual(item[range])
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
