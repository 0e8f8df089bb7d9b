import Foundation
import OpsModel
import Testing
@testable import OpsSources

/// The plain one-line form is read two quicker ways: the check pass steps over such collections
/// (`PlainFlowCursor`), and signal items are read straight from their bytes (`SignalLineReader`).
/// Both must give exactly what the general reader gives, and leave everything else to it.
@Suite struct PlainFormReadingTests {
    private typealias Random = FixtureYAMLDifferentialTests.Random
    private static let anchor = ISO8601.parse("2026-11-27T09:00:00Z")!

    /// Pieces of flow text in and just outside the plain form.
    private static let scalars = ["a", "prod-eu-core", "now-2h", "17.0", "-3.5", ".5", "-.5", "+1", "-", "-a", "a-", "x:y", "a#b",
                                  "null", "Null", "nULL", "~", "true", "a/b_c.d", "\"two words\"", "\"with: colon, comma\"",
                                  "\"esc\\\"aped\"", "'single'", "\"\"", "\"Lumière\"", "Lumière", "\"# hash\"", "a b"]
    private static let separators = [", ", ", ", ", ", ",", " , ", ",  "]
    private static let keys = ["id", "env", "k-1", "x_y", "a.b", "\"quoted\"", "a b", "1"]

    private static func flow(_ random: inout Random, depth: Int) -> String {
        switch depth > 2 ? 0 : random.below(3) {
        case 0: return random.pick(scalars)
        case 1:
            return "[" + (0..<random.below(4)).map { _ in flow(&random, depth: depth + 1) }.joined(separator: random.pick(separators)) + "]"
        default:
            let colon = random.below(8) == 0 ? random.pick([":", " : ", ":  "]) : ": "
            return "{" + (0..<random.below(4)).map { _ in random.pick(keys) + colon + flow(&random, depth: depth + 1) }
                .joined(separator: random.pick(separators)) + "}"
        }
    }

    /// A flow item followed by nothing, a comment, or text that spoils the line: where the check
    /// pass steps over it, the document must read as Yams reads it (or, spoilt, not at all).
    @Test(arguments: 0..<6)
    func theCheckPassStepsOverOnlyWhatTheGeneralReaderReadsTheSame(batch: Int) {
        var stepped = 0
        for index in 0..<400 {
            let seed = UInt64(10_000 + batch * 1000 + index)
            var random = Random(state: seed)
            let collection = random.below(4) == 0 ? "[" + Self.flow(&random, depth: 1) + "]" : "{env: " + Self.flow(&random, depth: 1) + "}"
            let (tail, spoils) = random.pick([("", false), ("  # note", false), (" ", false), (" x", true), ("}", true), (", y", true)])
            let text = "apiVersion: opsdeck/v1\nitems:\n  - " + collection + tail + "\n  - last\n"
            let isPlain = Array(collection.utf8).withUnsafeBufferPointer { PlainFlowCursor.collectionLength($0, at: 0) == $0.count }
            let fast = FixtureYAMLTests.fast(text)
            guard isPlain else { continue }
            stepped += 1
            if spoils {
                #expect(fast == nil, "seed \(seed): spoilt after the collection, the fast reader must hand it to Yams:\n\(text)")
                continue
            }
            let reference = try? FixtureYAML.composedByYams(text)
            #expect(reference != nil, "seed \(seed): stepped over, Yams must read it:\n\(text)")
            #expect(fast != nil, "seed \(seed): stepped over, the fast reader must read it:\n\(text)")
            #expect(FixtureYAMLTests.shape(fast ?? nil) == FixtureYAMLTests.shape(reference ?? nil), "seed \(seed):\n\(text)")
        }
        #expect(stepped > 100, "the generator should often stay inside the plain form (\(stepped))")
    }

    @Test func aPlainCollectionsLengthEndsAtItsClosingBracket() {
        let cases: [(String, Int?)] = [
            ("{env: prod, samples: [1, 2.5, -3]}  # c", 34), ("[a, \"b c\"]", 10), ("{}", 2), ("[]", 2),
            ("{a: {b: c}}", 11), ("{a: b,c: d}", nil), ("{a:b}", nil), ("{a: 'x'}", nil), ("{a: \"\\n\"}", nil),
            ("{a: x:y}", nil), ("{a: +1}", nil), ("{a: -x}", nil), ("{a: [b, [c]]}", nil), ("{a: b", nil), ("{a: \"é\"}", nil),
        ]
        for (text, expected) in cases {
            let length = Array(text.utf8).withUnsafeBufferPointer { PlainFlowCursor.collectionLength($0, at: 0) }
            #expect(length == expected, "\(text)")
        }
    }

    @Test func plainDecimalsAreReadAsDecimalNumberReadsThem() {
        for text in ["0", "-0", "42", "-0.25", "99.5", "5.", ".5", "-.5", "123456789012345", "0.00000000000001", "00012"] {
            let value = Array(text.utf8).withUnsafeBufferPointer { DecimalNumber.plainDecimal($0, 0..<$0.count) }
            #expect(value == DecimalNumber.parse(text), "\(text)")
            #expect(value.map { $0.sign } == DecimalNumber.parse(text).map { $0.sign }, "\(text)")
        }
        for text in ["1234567890123456", "0.000000000000001", "1e9", "1.2.3", "-", ".", "", "+1", "0x10", "1_000"] {
            let value = Array(text.utf8).withUnsafeBufferPointer { DecimalNumber.plainDecimal($0, 0..<$0.count) }
            #expect(value == nil, "\(text)")
        }
    }

    private static let estate = """
    apiVersion: opsdeck/v1
    tenants:
      - {id: acme, name: Acme Retail, tenancy: dedicated}
    signalCatalog:
      - {key: pg.waiting_locks, name: "Waiting locks", unit: locks, warn: 5, crit: 20, processes: [inventory], runbook: pg-lock-contention}
      - {key: http.p95_latency_ms, name: "HTTP p95", unit: ms, warn: 800, crit: 2000, staleAfter: 5m}
    environments:
      - {id: prod-a-long-environment-name, tenant: acme, stage: production, tier: core-production, region: eu-west-1, components: [{id: pg, kind: postgres-primary}, {id: traefik, kind: traefik}]}
      - {id: dev-a, tenant: acme, stage: development, tier: non-production, region: eu-west-1, components: [{id: pg, kind: postgres-primary}]}
      - {id: "null", tenant: acme, stage: test, tier: non-production, region: eu-west-1, components: [{id: pg, kind: postgres-primary}]}
    """

    /// One signal item: mostly the plain form, often with something the direct reader must hand on.
    private static func signalLine(_ random: inout Random) -> String {
        var fields = [
            "env: " + random.pick(["prod-a-long-environment-name", "dev-a", "\"dev-a\"", "nowhere", "null", "\"\""]),
            "component: " + random.pick(["pg", "pg", "traefik", "\"pg\"", "cache"]),
            "key: " + random.pick(["pg.waiting_locks", "http.p95_latency_ms", "\"pg.waiting_locks\"", "unknown.key"]),
            "samples: [" + (0..<random.below(5)).map { _ in
                random.pick(["1", "2.5", "-3", "0.25", "1e3", "\"4\"", "many", "1234567890123456", ".5", "null"])
            }.joined(separator: ", ") + "]",
        ]
        if random.below(6) == 0 { fields.remove(at: random.below(fields.count)) }
        if random.below(6) == 0 {
            fields.append(random.pick(["processes: [fulfilment]", "warn: 3", "interval: 30s", "last: now-5m", "error: \"timeout\"",
                                       "colour: blue", "env: dev-a", "samples: [1]"]))
        }
        if random.below(3) == 0 {
            for index in fields.indices.reversed() { fields.swapAt(index, random.below(index + 1)) }
        }
        let tail = random.pick(["", "", "", "  # note", " "])
        return "  - {" + fields.joined(separator: random.below(10) == 0 ? "," : ", ") + "}" + tail + "\n"
    }

    /// Lists long enough to be read on several threads, and short ones read on one.
    @Test(arguments: [40, ItemReaders.concurrentMinimum + 100])
    func signalsReadStraightFromTheirBytesAreTheOnesTheGeneralReaderReads(count: Int) {
        var random = Random(state: UInt64(count))
        var signals = "apiVersion: opsdeck/v1\nsignals:\n"
        for index in 0..<count {
            signals += Self.signalLine(&random)
            if index % 97 == 0 { signals += "  # a comment between items\n\n" }
        }
        let files = [("estate.yaml", Self.estate), ("signals.yaml", signals)]
        let direct = FixtureDirectory.parse(files: files, now: Self.anchor, readsLinesDirectly: true)
        let general = FixtureDirectory.parse(files: files, now: Self.anchor, readsLinesDirectly: false)
        #expect(direct.estate.signals.count > count / 10, "some signals should load")
        #expect(direct.issues.count > count / 10, "some items should have problems")
        #expect(direct.estate == general.estate)
        #expect(direct.issues == general.issues)
    }

    @Test func theDemoEstateLoadsTheSameEitherWay() throws {
        let directory = try #require(DemoEstate.directory)
        let direct = FixtureDirectory.load(directory: directory, now: Self.anchor, readsLinesDirectly: true)
        let general = FixtureDirectory.load(directory: directory, now: Self.anchor, readsLinesDirectly: false)
        #expect(direct.issues.isEmpty)
        #expect(direct.estate == general.estate)
        #expect(direct.estate.signals.count > 300)
    }
}
