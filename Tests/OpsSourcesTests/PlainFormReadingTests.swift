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
                                  "\"esc\\\"aped\"", "'single'", "\"\"", "\"Lumière\"", "Lumière", "\"# hash\"", "a b",
                                  "a b c", "a  b", "a -b", "a +b", "a :b", "x:y z", "Runbook index", "\"é ü\"", "\"x\u{85}y\"",
                                  "\"\u{A0}\"", "\"\u{FEFF}\"", "\"\u{1F600}\"", "\"\u{FFFE}\""]
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
            ("{a: x:y}", 8), ("{t: 09:00:00Z}", 14), ("{a: x:}", nil), ("{a: x::y}", nil), ("{a: +1}", nil), ("{a: -x}", nil), ("{a: [b, [c]]}", nil), ("{a: b", nil),
            // Any printable UTF-8 inside quotes; C1 controls and U+FFFF are not printable in YAML.
            ("{a: \"é\"}", 9), ("{a: \"\u{85}\"}", nil), ("{a: \"\u{9F}\"}", nil), ("{a: \"\u{A0}\"}", 9), ("{a: \"\u{FFFF}\"}", nil), ("{a: \"\u{FEFF}\"}", nil),
            // Words after one space belong to the plain scalar; anything else there is handed on.
            ("{a: b c}", 8), ("{a b: c d-e}", 12), ("{a: b  c}", nil), ("{a: b #c}", nil), ("{a: b ,c}", nil), ("{a: b }", nil), ("{a: Lumière x}", nil),
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
    /// `extra` picks the processes a series lists, apart from `random` so the rest of each line
    /// stays what it was before the direct reader took processes.
    private static func signalLine(_ random: inout Random, _ extra: inout Random) -> String {
        var fields = [
            "env: " + random.pick(["prod-a-long-environment-name", "dev-a", "\"dev-a\"", "nowhere", "null", "\"\""]),
            "component: " + random.pick(["pg", "pg", "traefik", "\"pg\"", "cache"]),
            "key: " + random.pick(["pg.waiting_locks", "http.p95_latency_ms", "\"pg.waiting_locks\"", "unknown.key"]),
            "samples: [" + (0..<random.below(5)).map { _ in
                random.pick(["1", "2.5", "-3", "0.25", "1e3", "\"4\"", "many", "1234567890123456", ".5", "null",
                             "-.5", "5.", ".", "1.2.3", "007", "-0", "1:2", "12345678901234.5", "123456789012345.6", "1-2", "--1", "3a"])
            }.joined(separator: ", ") + "]",
        ]
        if random.below(6) == 0 { fields.remove(at: random.below(fields.count)) }
        // A key spelt another way than `key: ` (the direct reader matches those bytes first).
        if extra.below(8) == 0, !fields.isEmpty {
            let index = extra.below(fields.count)
            let spelling = extra.pick(["\"%@\": ", "%@ : ", "%@:  ", "'%@': "])
            if let colon = fields[index].firstIndex(of: ":") {
                let name = String(fields[index][..<colon])
                let value = fields[index][fields[index].index(colon, offsetBy: 2)...]
                fields[index] = spelling.replacingOccurrences(of: "%@", with: name) + value
            }
        }
        if random.below(6) == 0 {
            fields.append(random.pick(["processes: [fulfilment]", "warn: 3", "interval: 30s", "last: now-5m", "error: \"timeout\"",
                                       "colour: blue", "env: dev-a", "samples: [1]"]))
        }
        // The processes a series lists are read directly too (known, unquoted names).
        if extra.below(4) == 0 {
            fields.append(extra.pick(["processes: [fulfilment]", "processes: [inventory]", "processes: [inventory, pos-sync]",
                                       "processes: []", "processes: [sideways]", "processes: [\"fulfilment\"]",
                                       "processes: [fulfilment, fulfilment]", "processes: [ order-capture ]", "processes: fulfilment",
                                       "processes: [fulfilment, null]", "processes: [fulfilment,inventory]"]))
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
        var extra = Random(state: UInt64(count) &+ 7)
        var signals = "apiVersion: opsdeck/v1\nsignals:\n"
        for index in 0..<count {
            signals += Self.signalLine(&random, &extra)
            if index % 97 == 0 { signals += "  # a comment between items\n\n" }
        }
        #expect(FixtureYAMLTests.fast(signals) != nil, "the file should be in the fast reader's subset (not read by Yams)")
        let direct = Self.expectReadTheSameBothWays([("estate.yaml", Self.estate), ("signals.yaml", signals)])
        #expect(direct.estate.signals.count > count / 10, "some signals should load")
        #expect(direct.issues.count > count / 10, "some items should have problems")
    }

    @Test func seriesListingTheirOwnProcessesAreReadDirectlyAndShareTraits() throws {
        let line = "  - {env: dev-a, component: pg, key: pg.waiting_locks, processes: [inventory, pos-sync], samples: [1, 2]}\n"
        let signals = "apiVersion: opsdeck/v1\nsignals:\n" + line + line.replacingOccurrences(of: "dev-a", with: "prod-a-long-environment-name")
        let direct = Self.expectReadTheSameBothWays([("estate.yaml", Self.estate), ("signals.yaml", signals)])
        #expect(direct.estate.signals.count == 2)
        let first = try #require(direct.estate.signals.first)
        #expect(first.processes == [.inventory, .posSync])
        #expect(first.name == "Waiting locks", "the rest of the traits come from the catalog")
        // The general reader makes new traits for each series; the direct one shares them.
        #expect(first.traits === direct.estate.signals.last?.traits)
    }

    /// The reader's sample buffer grows for a series longer than any before it (64 values at first).
    @Test func aSeriesLongerThanItsReadersBufferIsReadInFull() throws {
        let values = (0..<300).map { String(Double($0) / 4) }
        let signals = "apiVersion: opsdeck/v1\nsignals:\n"
            + "  - {env: dev-a, component: pg, key: pg.waiting_locks, samples: [1, 2]}\n"
            + "  - {env: prod-a-long-environment-name, component: traefik, key: http.p95_latency_ms, samples: [\(values.joined(separator: ", "))]}\n"
        let direct = Self.expectReadTheSameBothWays([("estate.yaml", Self.estate), ("signals.yaml", signals)])
        let long = try #require(direct.estate.signals.last)
        #expect(long.samples.values == (0..<300).map { Double($0) / 4 })
        #expect(direct.estate.signals.first?.samples.values == [1, 2])
    }

    /// Loads `files` reading items directly and only the general way; both must give the same
    /// estate and issues. Returns the direct load.
    static func expectReadTheSameBothWays(_ files: [(String, String)]) -> FixtureLoad {
        let direct = FixtureDirectory.parse(files: files.map { (path: $0.0, text: $0.1) }, now: anchor, readsLinesDirectly: true)
        let general = FixtureDirectory.parse(files: files.map { (path: $0.0, text: $0.1) }, now: anchor, readsLinesDirectly: false)
        #expect(direct.estate == general.estate)
        #expect(direct.issues == general.issues)
        return direct
    }

    /// Files over 4 MiB are let go after their check and read back a window at a time: the
    /// direct readers must find the same bytes there, items handed on included.
    @Test func filesReadBackFromDiskAreReadTheSameBothWays() throws {
        var random = Random(state: 99)
        var extra = Random(state: 106)
        var signals = "apiVersion: opsdeck/v1\nsignals:\n"
        while signals.utf8.count < FixtureYAML.releaseThreshold + 100_000 { signals += Self.signalLine(&random, &extra) }
        var environments = "apiVersion: opsdeck/v1\nenvironments:\n"
        for index in 0..<40 {
            environments += "  - id: extra-\(index)\n    tenant: acme\n    stage: test\n    tier: non-production\n    region: eu-west-1\n"
            environments += index % 7 == 3 ? "    colour: blue\n" : "    components:\n      - {id: pg, kind: postgres-primary}\n"
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.estate.write(to: directory.appendingPathComponent("00-estate.yaml"), atomically: true, encoding: .utf8)
        try environments.write(to: directory.appendingPathComponent("10-environments.yaml"), atomically: true, encoding: .utf8)
        try signals.write(to: directory.appendingPathComponent("20-signals.yaml"), atomically: true, encoding: .utf8)
        let direct = FixtureDirectory.load(directory: directory, now: Self.anchor, readsLinesDirectly: true)
        let general = FixtureDirectory.load(directory: directory, now: Self.anchor, readsLinesDirectly: false)
        #expect(direct.estate.signals.count > 5_000)
        #expect(direct.estate.environments.count == 3 + 40, "an unknown field is a warning: the item still loads")
        #expect(direct.issues.count > 1_000)
        #expect(direct.estate == general.estate)
        #expect(direct.issues == general.issues)
        #expect(direct.files == general.files)
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

/// Environment items in the plain block form are read straight from their bytes
/// (`EnvironmentBlockReader`); the estate and the issues must be the general reader's.
@Suite struct EnvironmentBlockReadingTests {
    private typealias Random = FixtureYAMLDifferentialTests.Random
    private static let anchor = ISO8601.parse("2026-11-27T09:00:00Z")!

    /// A file's start naming the tenants the items refer to.
    static let header = """
    apiVersion: opsdeck/v1
    tenants:
      - {id: acme, name: Acme Retail, tenancy: dedicated}
      - {id: bolt, name: Bolt, tenancy: multi-tenant}

    """

    /// Good values of each field, and values the direct reader must hand on (unknown, null,
    /// malformed, an unknown key, a comment).
    private static let good: [(field: String, values: [String])] = [
        ("name", ["\"Shop production\"", "Shop", "\"\""]), ("stage", ["production", "staging"]),
        ("tier", ["core-production", "non-production"]), ("region", ["eu-west-1", "\"us-east-1\""]), ("zone", ["eu-west-1a"]),
        ("timeZone", ["Europe/Paris", "UTC"]), ("odoo", ["\"17.0\"", "16.0"]), ("tenancy", ["multi-tenant", "dedicated"]),
        ("release", ["{version: \"2026.10.0\", deployedAt: now-1h}", "{deployedAt: now-3d, version: 1.0}", "{version: \"2\", deployedAt: 2026-11-01T10:00:00Z}"]),
        ("namespace", ["ns-1"]), ("cluster", ["k8s-1"]), ("tags", ["[a, \"b c\", null]", "[]", "[eu, retail]"]),
        ("owners", ["\n      - {name: \"Owner\", role: \"Service owner\", reach: \"owner@example\"}"]),
        ("escalation", ["\n      - {name: \"On-call\"}\n      - {name: Lead, reach: \"pager\", role: L2}"]),
        ("links", ["\n      - {title: Grafana, url: \"https://grafana.example/d?x=1\"}"]),
        ("components", ["\n      - {id: web, name: \"Odoo web\", kind: odoo-web, version: \"17.0\", ready: 2, desired: 2}\n      - {id: pg, kind: postgres-primary}",
                        "\n      - {id: pos, kind: integration, integration: pos}"]),
    ]
    private static let spoilers = [
        "tier: gold", "stage: prod", "timeZone: Mars/Olympus", "timeZone: null", "tenancy: both", "tenant: nobody", "id: null",
        "release: {version: 1.0, deployedAt: yesterday}", "release: {version: \"2\", deployedAt: now-2d, by: ci}", "release: {version: \"3\"}",
        "tags: solo", "escalation:\n      - {name: Lead, role: null}", "escalation:\n      - {role: x}",
        "owners:\n      - {name: \"Lead\", reach: \"pager\", colour: red}", "components:\n      - {id: bad, kind: toaster}",
        "components:\n      - {id: rep, kind: postgres-replica, ready: many}", "components:\n      - {id: x, kind: redis, extra: 1}",
        "colour: blue", "name: twice", "# a comment inside the item", "zone:", "links:\n      - {title: Grafana}",
        "components:\n      - {id: web, kind: redis, id: other}", "release: {version: \"1\", version: \"2\", deployedAt: now}",
    ]

    /// One environment item: most in the plain block form with good values, some with one spoiler.
    private static func environmentItem(_ random: inout Random, index: Int) -> (text: String, spoilt: Bool) {
        var lines = ["id: " + random.pick(["env-\(index)", "\"env-\(index)\""]), "tenant: " + random.pick(["acme", "bolt"])]
        for (field, values) in good where random.below(5) != 0 || ["stage", "tier", "region"].contains(field) {
            let value = random.pick(values)
            lines.append(field + ":" + (value.hasPrefix("\n") ? value : " " + value))
        }
        return BlockItemSamples.item(lines, spoilers: spoilers, joining: ["name"], &random)
    }

    @Test(arguments: [30, ItemReaders.concurrentMinimum + 50])
    func environmentsReadStraightFromTheirBytesAreTheOnesTheGeneralReaderReads(count: Int) {
        var random = Random(state: UInt64(7 + count))
        let reader = EnvironmentBlockReader(tenants: ["acme": Tenant(id: "acme", name: "Acme", tenancy: .dedicated), "bolt": Tenant(id: "bolt", name: "Bolt", tenancy: .multiTenant)], anchor: Self.anchor)
        let direct = BlockItemSamples.expectReadDirectly(count: count, header: Self.header, list: "environments", &random,
                                                         item: { Self.environmentItem(&$0, index: $1) }, readsDirectly: { reader.environment($0) != nil })
        #expect(direct.estate.environments.count > count / 2, "most environments should load")
    }

    @Test func aPlainItemIsReadDirectlyAndAnUnusualOneIsHandedOn() {
        let plain = """
        - id: prod-a
            name: "Shop production"
            tenant: acme
            stage: production
            tier: core-production
            region: eu-west-1
            release: {version: "2026.10.0", deployedAt: now-1h}
            tags: [eu, retail]
            components:
              - {id: web, name: "Odoo web", kind: odoo-web, ready: 2, desired: 2}
              - {id: pg, kind: postgres-primary}

        """.replacingOccurrences(of: "\n    ", with: "\n  ")
        let reader = EnvironmentBlockReader(tenants: ["acme": Tenant(id: "acme", name: "Acme", tenancy: .multiTenant)], anchor: Self.anchor)
        let environment = Array(plain.utf8).withUnsafeBufferPointer { reader.environment($0) }
        #expect(environment?.components.map { $0.id } == ["web", "pg"])
        #expect(environment?.tenancy == .multiTenant)
        #expect(environment?.release?.deployedAt == Self.anchor.addingTimeInterval(-3600))
        for spoilt in ["  # note\n", "  colour: blue\n", "  name: again\n", "  zone:\n"] {
            let text = plain + spoilt
            #expect(Array(text.utf8).withUnsafeBufferPointer { reader.environment($0) } == nil, "\(spoilt)")
        }
    }
}
