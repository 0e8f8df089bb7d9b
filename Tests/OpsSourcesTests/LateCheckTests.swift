import Foundation
import OpsModel
import Testing
@testable import OpsSources

/// The check pass steps over the items of top-level lists and they are checked when read
/// (`LateCheck`). A load must come out exactly as when every item is checked first: the
/// same estate, the same issues, an item that is not valid YAML skipped (`BrokenItem`).
@Suite struct LateCheckTests {
    private typealias Random = FixtureYAMLDifferentialTests.Random
    private static let anchor = ISO8601.parse("2026-11-27T09:00:00Z")!

    private static let estate = """
    apiVersion: opsdeck/v1
    tenants:
      - {id: acme, name: Acme Retail, tenancy: dedicated}
    signalCatalog:
      - {key: pg.waiting_locks, name: "Waiting locks", unit: locks, warn: 5, crit: 20}
    environments:
      - {id: dev-a, tenant: acme, stage: development, tier: non-production, region: eu-west-1, components: [{id: pg, kind: postgres-primary}]}

    """

    private static let good = "  - {env: dev-a, component: pg, key: pg.waiting_locks, samples: [1, 2.5, 3]}\n"

    /// Items the check steps over (or would) that are not valid YAML, are outside the fast
    /// reader's subset, span lines, or are valid but not in the plain form.
    private static let spoilers: [(text: String, valid: Bool)] = [
        ("  - {env: dev-a, component: pg, key: pg.waiting_locks, samples: [1, 2}\n", false),
        ("  - {env: dev-a, component: pg, key: pg.waiting_locks, samples: [1]} junk\n", false),
        ("  - {env: dev-a, component: pg\n", false),
        ("  - {env: \"dev-a, component: pg}\n", false),
        ("  - {env: dev-a}}\n", false),
        // Outside the fast reader's subset, read by Yams.
        ("  - [a, b]: c\n", true),
        ("  - {env: dev-a, component: pg, key: pg.waiting_locks, samples: [1]}\t\n", true),
        ("  - {env: dev-a, component: pg, key: pg.waiting_locks, samples: [1]}\r\n", true),
        ("  - {env: dev-a,\n      component: pg, key: pg.waiting_locks, samples: [1]}\n", true),
        ("  - {env: dev-a, component: pg,\n  key: pg.waiting_locks, samples: [1]}\n", true),
        ("  - {env: &e dev-a, component: pg, key: pg.waiting_locks, samples: [1]}\n", true),
        ("  - {\"env\": dev-a, component: 'pg', key: pg.waiting_locks, samples: [1]}  # quoted\n", true),
        ("  - {env: dev-a, env: dev-a, component: pg, key: pg.waiting_locks, samples: []}\n", true),
        ("  - []\n", true),
        ("  - {}\n", true),
    ]

    /// Where the spoiler goes: 0 the signals list; 1 a list nobody reads; 2 the first of two
    /// lists under one key; 3 a file whose version is not read; 4 a list at indentation 0; 5
    /// the last item, before a document end marker; 6 the last item, with no line end after
    /// it; 7 a list long enough to be read on several threads; 8 the second of two lists under
    /// one key, between comment lines.
    private static func files(spoiler: String, place: Int, random: inout Random) -> [(path: String, text: String)] {
        let count = place == 7 ? ItemReaders.concurrentMinimum + 100 : 30 + random.below(20)
        let at = place == 5 || place == 6 ? count : random.below(count)
        var signals = ""
        for index in 0...count {
            if index == at, [0, 4, 5, 6, 7].contains(place) { signals += spoiler }
            if index < count { signals += good }
        }
        let header = "apiVersion: opsdeck/v1\nsignals:\n"
        var text = header + signals
        switch place {
        case 1: text += "extras:\n" + good + spoiler + good
        case 2: text = header + good + spoiler + "incidents: []\nsignals:\n" + signals
        case 3: text = "apiVersion: opsdeck/v0\nsignals:\n" + good + spoiler + good
        case 4: text = header + signals.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("  ") ? $0.dropFirst(2) : $0 }.joined(separator: "\n")
        case 5: text += "...\n"
        case 6: text.removeLast()
        case 8: text = header + good + "signals:\n  # before\n" + good + spoiler + "  # after\n" + good
        default: break
        }
        return [("estate.yaml", estate), ("signals.yaml", text)]
    }

    @Test(arguments: 0..<9)
    func aLoadIsTheSameAsWhenEveryItemIsCheckedFirst(place: Int) {
        var random = Random(state: UInt64(31 + place))
        for (spoiler, valid) in Self.spoilers {
            let files = Self.files(spoiler: spoiler, place: place, random: &random)
            for direct in [true, false] {
                let later = FixtureDirectory.parse(files: files, now: Self.anchor, readsLinesDirectly: direct, checksLater: true)
                let first = FixtureDirectory.parse(files: files, now: Self.anchor, readsLinesDirectly: direct, checksLater: false)
                #expect(later.estate == first.estate, "place \(place), direct \(direct): \(spoiler)")
                #expect(later.issues == first.issues, "place \(place), direct \(direct): \(spoiler)")
                #expect(later.files == first.files, "place \(place), direct \(direct): \(spoiler)")
                // The same spoilers break the file wherever they stand (dedented at place 4 included).
                if direct, place != 4 {
                    let skipped = later.issues.contains { $0.path == "signals.yaml" && $0.message.contains("not valid YAML") }
                    #expect(skipped == !valid, "place \(place): the file should \(valid ? "load" : "report an item not valid YAML"): \(spoiler)")
                }
            }
        }
    }

    @Test func aFileWithNothingSteppedOverKeepsNoLateCheck() throws {
        let text = "apiVersion: opsdeck/v1\nname: Acme\nowners: {a: b}\n"
        let (node, lateCheck) = try FixtureYAML.document(Array(text.utf8), path: nil, checksLater: true)
        #expect(node != nil)
        #expect(lateCheck == nil, "no top-level list: nothing to check later")
    }

    @Test func theCheckStepsOverBlockItemsByTheirIndentation() throws {
        let text = "apiVersion: opsdeck/v1\nenvironments:\n  - id: a\n    tenant: acme\n# between\n\n    stage: production\n  -\n    id: b\nkind: Environments\n"
        let (node, lateCheck) = try FixtureYAML.document(Array(text.utf8), path: nil, checksLater: true)
        let late = try #require(lateCheck, "the block items should have been stepped over")
        let environments = try #require(node?.mapping?.entries[1].value.sequence)
        guard case .deferred(let items) = environments.items else {
            Issue.record("a top-level list should be deferred")
            return
        }
        #expect(items.starts.map(\.line) == [3, 8])
        #expect(items.parsedItem(at: 0, building: true)?.mapping?.entries.count == 3)
        #expect(items.parsedItem(at: 1, building: true)?.mapping?.entries.count == 1)
        #expect(node?.mapping?.entries.last?.key.text == "kind")
        #expect(late.passes())
    }

    /// Environments written as blocks, each of which the check steps over whole.
    private static func environment(_ index: Int) -> String {
        "  - id: dev-\(index)\n    tenant: acme\n    stage: development\n    tier: non-production\n    region: eu-west-1\n    components:\n      - {id: pg, kind: postgres-primary}\n"
    }

    /// Block items that are not valid YAML, are outside the fast reader's subset, or are valid in
    /// a form its indentation alone misjudges; nil where validity is Yams's to say.
    private static let blockSpoilers: [(text: String, valid: Bool?)] = [
        ("  - id: dev-x\n    tenant: acme\n   stage: development\n", false),
        ("  - id: dev-x\n    tenant: \"acme\n", false),
        ("  - id: dev-x\n    components:\n      - {id: pg, kind: postgres-primary\n", false),
        ("  - id: dev-x\n    tenant: acme\n  -bad: 1\n", false),
        ("  - id: dev-x\n      tenant: acme\n", false),
        // Whole environments the direct reader would take but for where their keys stand.
        ("  - id: dev-x\n     tenant: acme\n     stage: development\n     tier: non-production\n     region: eu-west-1\n     components:\n       - {id: pg, kind: postgres-primary}\n", false),
        ("  - id: dev-x\n   tenant: acme\n   stage: development\n   tier: non-production\n   region: eu-west-1\n   components:\n     - {id: pg, kind: postgres-primary}\n", false),
        ("  - id: dev-x\n    tenant: acme\n    stage: development\n    tier: non-production\n    region: eu-west-1\n    components:\n     - {id: pg, kind: postgres-primary}\n", nil),
        ("  - id: dev-x\n    name: \"two\n      lines\"\n    tenant: acme\n", true),
        ("  - id: dev-x\n    tags: [a,\n  b]\n    tenant: acme\n", nil),
        ("  - id: dev-x\n    name: \"two\n  - lines\"\n", nil),
        ("  - id: dev-x\n# at column 0\n    tenant: acme\n", true),
        ("  - id: dev-x\n    tenant: acme\t\n", true),
        ("  -\n    id: dev-x\n    tenant: acme\n", true),
        ("  - id: dev-x\n    tenant: acme\n    notes: |\n      a block\n      text\n", true),
        ("  - - dev-x\n    - acme\n", true),
    ]

    @Test(arguments: 0..<8)
    func aLoadWithBlockItemsIsTheSameAsWhenEveryItemIsCheckedFirst(place: Int) {
        // 0: among the environments; 1: the last, with no line end after it; 2: in a list long
        // enough to be read on several threads; 3: a list at indentation 0; 4: a list nobody
        // reads; 5: a file whose version is not read; 6: the last item, before a document end
        // marker; 7: the first of two lists under one key.
        let count = place == 2 ? ItemReaders.concurrentMinimum + 50 : 25
        var random = Random(state: UInt64(71 + place))
        for (spoiler, valid) in Self.blockSpoilers {
            let at = place == 1 || place == 6 ? count : random.below(count)
            var items = ""
            var good = ""
            for index in 0...count {
                if index == at { items += spoiler }
                if index < count {
                    items += Self.environment(index)
                    good += Self.environment(index)
                }
            }
            let header = "apiVersion: opsdeck/v1\ntenants:\n  - {id: acme, name: Acme Retail, tenancy: dedicated}\n"
            var text = header + "environments:\n" + items
            switch place {
            case 1: text.removeLast()
            case 3: text = header + "environments:\n" + items.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("  ") ? $0.dropFirst(2) : $0 }.joined(separator: "\n")
            case 4: text = header + "environments:\n" + good + "extras:\n" + items
            case 5: text = "apiVersion: opsdeck/v0\nenvironments:\n" + items
            case 6: text += "...\n"
            case 7: text = header + "environments:\n" + items + "kind: Environments\nenvironments:\n" + good
            default: break
            }
            let files = [("environments.yaml", text)]
            for direct in [true, false] {
                let later = FixtureDirectory.parse(files: files, now: Self.anchor, readsLinesDirectly: direct, checksLater: true)
                let first = FixtureDirectory.parse(files: files, now: Self.anchor, readsLinesDirectly: direct, checksLater: false)
                #expect(later.estate == first.estate, "place \(place), direct \(direct): \(spoiler)")
                #expect(later.issues == first.issues, "place \(place), direct \(direct): \(spoiler)")
                // Dedented, a spoiler may change its meaning; anywhere else it breaks the file or not.
                if direct, place != 3, let valid {
                    let skipped = later.issues.contains { $0.message.contains("not valid YAML") }
                    #expect(skipped == !valid, "place \(place): the file should \(valid ? "load" : "report an item not valid YAML"): \(spoiler)")
                    if valid, [0, 1, 2, 4, 6].contains(place) { #expect(later.estate.environments.count >= count, "\(spoiler)") }
                }
            }
        }
    }

    /// A flow value continued on a line at column 0: the check takes that line for a key of the
    /// document, so only the item's own reading finds it ends somewhere else.
    @Test func aFlowValueContinuedAtColumnZeroIsFoundWhenItsItemIsRead() {
        let text = "apiVersion: opsdeck/v1\ntenants:\n  - {id: acme, name: Acme Retail, tenancy: dedicated}\nenvironments:\n"
            + Self.environment(0) + "  - id: dev-x\n    tenant: acme\n    tags: [x,\ny: z]\n"
        for direct in [true, false] {
            let later = FixtureDirectory.parse(files: [("environments.yaml", text)], now: Self.anchor, readsLinesDirectly: direct, checksLater: true)
            let first = FixtureDirectory.parse(files: [("environments.yaml", text)], now: Self.anchor, readsLinesDirectly: direct, checksLater: false)
            #expect(later.estate == first.estate)
            #expect(later.issues == first.issues)
        }
    }

    @Test func theCheckStepsOverOneLineFlowItemsAndFindsThemValidWhenRead() throws {
        let text = "apiVersion: opsdeck/v1\nsignals:\n" + Self.good + "  # between\n\n" + Self.good
        let (node, lateCheck) = try FixtureYAML.document(Array(text.utf8), path: nil, checksLater: true)
        let late = try #require(lateCheck, "the list's items should have been stepped over")
        let signals = try #require(node?.mapping?.entries.last?.value.sequence)
        #expect(signals.items.count == 2)
        guard case .deferred(let items) = signals.items else {
            Issue.record("a top-level list should be deferred")
            return
        }
        #expect(items.lateCheck != nil)
        // Not read yet: `passes` reads the list itself.
        #expect(late.passes())
        #expect(items.parsedItem(at: 0, building: true)?.mapping?.entries.count == 4)
        items.markRead()
        #expect(late.passes())
    }

    @Test func aSpoiltItemOfALargeFileReadBackFromDiskIsSkippedAsBefore() throws {
        var signals = "apiVersion: opsdeck/v1\nsignals:\n"
        var lines = 0
        while signals.utf8.count < FixtureYAML.releaseThreshold + 100_000 {
            signals += lines == 30_000 ? "  - {env: dev-a, component: pg, key: pg.waiting_locks, samples: [1, 2}\n" : Self.good
            lines += 1
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-late-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.estate.write(to: directory.appendingPathComponent("00-estate.yaml"), atomically: true, encoding: .utf8)
        try signals.write(to: directory.appendingPathComponent("20-signals.yaml"), atomically: true, encoding: .utf8)
        let later = FixtureDirectory.load(directory: directory, now: Self.anchor, readsLinesDirectly: true)
        let first = FixtureDirectory.load(directory: directory, now: Self.anchor, readsLinesDirectly: true, checksLater: false)
        #expect(later.estate.signals.count == lines - 1, "the item that is not valid YAML is skipped alone (BrokenItem)")
        #expect(later.estate.environments.count == 1)
        #expect(later.issues.contains { $0.message.contains("not valid YAML") && $0.line == 30_003 && $0.field == "signals[30000]" })
        #expect(later.estate == first.estate)
        #expect(later.issues == first.issues)
    }
}
