import Foundation
import OpsModel
import Testing
@testable import OpsSources

/// An item of a top-level list that is not valid YAML is skipped alone and named; the rest of
/// its file still loads (one environment indented a column off used to lose the whole file).
@Suite struct BrokenItemTests {
    private static let anchor = ISO8601.parse("2026-11-27T09:00:00Z")!
    private static let header = "apiVersion: opsdeck/v1\ntenants:\n  - {id: acme, name: Acme Retail, tenancy: dedicated}\nenvironments:\n"

    /// An environment as a block of 7 lines.
    private static func environment(_ index: Int, stage: String = "development") -> String {
        "  - id: dev-\(index)\n    tenant: acme\n    stage: \(stage)\n    tier: non-production\n    region: eu-west-1\n    components:\n      - {id: pg, kind: postgres-primary}\n"
    }

    private static func load(_ text: String) -> FixtureLoad {
        FixtureDirectory.parse(files: [("environments.yaml", text)], now: anchor)
    }

    /// Environments 0..<count with `spoiler` in place of environment `at`.
    private static func text(count: Int, spoilt: [Int: String]) -> String {
        header + (0..<count).map { spoilt[$0] ?? environment($0) }.joined()
    }

    @Test func anEnvironmentWithAKeyIndentedOneColumnOffIsSkippedAloneAndNamed() throws {
        let over = "  - id: dev-3\n    tenant: acme\n     stage: development\n    tier: non-production\n    region: eu-west-1\n"
        let under = "  - id: dev-3\n    tenant: acme\n   stage: development\n    tier: non-production\n    region: eu-west-1\n"
        for spoiler in [over, under] {
            let load = Self.load(Self.text(count: 8, spoilt: [3: spoiler]))
            #expect(load.estate.environments.map(\.id) == ["dev-0", "dev-1", "dev-2", "dev-4", "dev-5", "dev-6", "dev-7"])
            let issue = try #require(load.errors.first)
            #expect(load.errors.count == 1)
            #expect(issue.field == "environments[3]")
            // The item is lines 26–30: the header's 4 and 3 environments of 7 lines come before it.
            #expect(issue.message.contains("not valid YAML"))
            #expect(issue.message.contains("(lines 26–30) is skipped"), "\(issue.message)")
            #expect((26...30).contains(issue.line ?? 0))
        }
    }

    @Test func issuesAfterASkippedItemKeepTheirLines() throws {
        let spoiler = "  - id: dev-1\n      tenant: acme\n"
        let text = Self.text(count: 4, spoilt: [1: spoiler, 2: Self.environment(2, stage: "sideways")])
        let load = Self.load(text)
        #expect(load.estate.environments.map(\.id) == ["dev-0", "dev-3"])
        let stage = try #require(load.errors.first { $0.field == "environments[2].stage" })
        // dev-2's stage line: header 4, dev-0 7, the spoiler 2, then the third line of dev-2.
        #expect(stage.line == 4 + 7 + 2 + 3)
    }

    @Test func anItemThatSpoilsTheNextOneIsTheOneSkipped() throws {
        // An unterminated quote runs into the next item, where the parse stops; that item is
        // valid alone and loads.
        let spoiler = "  - id: dev-2\n    tenant: \"acme\n    stage: development\n"
        let load = Self.load(Self.text(count: 5, spoilt: [2: spoiler]))
        #expect(load.estate.environments.map(\.id) == ["dev-0", "dev-1", "dev-3", "dev-4"])
        #expect(load.errors.map(\.field) == ["environments[2]"])
        // The parse stopped at the end of the file: the issue names the item's first line.
        #expect(load.errors.first?.line == 4 + 2 * 7 + 1)
    }

    @Test func theOnlyItemOfAListIsSkippedWithoutTheListReportedAsMissing() throws {
        let load = Self.load(Self.header + "  - id: dev-0\n     tenant: acme\n")
        #expect(load.estate.environments.isEmpty)
        #expect(load.errors.map(\.field) == ["environments[0]"], "\(load.errors)")
    }

    @Test func aFileWithCRLFLineEndsAndBareDashesRecoversItemByItem() throws {
        let items = ["  -\n    id: dev-0\n    tenant: acme\n    stage: development\n    tier: non-production\n    region: eu-west-1\n",
                     "  -\n    id: dev-1\n     tenant: acme\n",
                     "  -\n    id: dev-2\n    tenant: acme\n    stage: development\n    tier: non-production\n    region: eu-west-1\n"]
        let text = (Self.header + items.joined()).replacingOccurrences(of: "\n", with: "\r\n")
        let load = Self.load(text)
        #expect(load.estate.environments.map(\.id) == ["dev-0", "dev-2"])
        #expect(load.errors.map(\.field) == ["environments[1]"], "\(load.errors)")
    }

    @Test func anItemValidOnlyWithItsAnchorIsNotTakenForTheCulprit() {
        let text = Array("a:\n  - &x {k: 1}\n  - {k: \"open\n  - *x\n".utf8)
        #expect(BrokenItem.around(line: 5, in: text)?.index == 1)
    }

    @Test func theListIsNamedAsTheReaderNamesIt() {
        for key in ["environments :", "\"environments\":", "'environments':"] {
            let text = Array("\(key)\n  - {id: a}\n  - {id: \"b}\n".utf8)
            #expect(BrokenItem.around(line: 3, in: text)?.listKey == "environments", "\(key)")
        }
    }

    @Test func theLastItemBeforeTheNextKeyAndAListAtColumnZeroRecoverToo() throws {
        let spoiler = "  - id: dev-4\n    tenant: acme\n   stage: development\n"
        let last = Self.text(count: 5, spoilt: [4: spoiler]) + "kind: Environments\n"
        #expect(Self.load(last).estate.environments.count == 4)
        #expect(Self.load(last).errors.map(\.field) == ["environments[4]"])
        let dedented = Self.text(count: 5, spoilt: [1: spoiler]).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("  ") && !$0.hasPrefix("  - {id: acme") ? $0.dropFirst(2) : $0 }.joined(separator: "\n")
        let load = Self.load(dedented)
        #expect(load.estate.environments.map(\.id) == ["dev-0", "dev-2", "dev-3", "dev-4"])
        #expect(load.errors.map(\.field) == ["environments[1]"])
    }

    @Test func severalBrokenItemsAreEachSkippedAndNamed() {
        let spoilt = [1: "  - id: dev-1\n     tenant: acme\n", 5: "  - id: dev-5\n    tenant: [acme\n", 6: "  - id: dev-6\n  -bad: 1\n"]
        let load = Self.load(Self.text(count: 9, spoilt: spoilt))
        #expect(load.estate.environments.map(\.id) == ["dev-0", "dev-2", "dev-3", "dev-4", "dev-7", "dev-8"])
        #expect(load.errors.map(\.field) == ["environments[1]", "environments[5]", "environments[6]"])
    }

    @Test func aFileBrokenOutsideAnyListItemOrInTooManyIsSkippedWholeAsBefore() throws {
        let brokenName = "apiVersion: opsdeck/v1\nname: \"unterminated\n" + Self.text(count: 3, spoilt: [:]).dropFirst("apiVersion: opsdeck/v1\n".count)
        let tooMany = Self.text(count: FixtureDirectory.brokenItemLimit + 5, spoilt: Dictionary(uniqueKeysWithValues: (0...FixtureDirectory.brokenItemLimit).map { ($0, "  - id: x\($0)\n     tenant: acme\n") }))
        for text in [brokenName, tooMany] {
            let load = Self.load(text)
            #expect(load.estate.environments.isEmpty)
            let issue = try #require(load.errors.first)
            #expect(load.errors.count == 1)
            #expect(issue.field == "file")
            #expect(issue.message.hasSuffix("the file is skipped"))
        }
    }

    @Test func blankingKeepsEveryOtherLineAndItsNumber() {
        let text = "a:\n  - x\n  - y: [1,\n  - z\n"
        let item = BrokenItem(listKey: "a", index: 1, lines: 3..<4)
        #expect(String(decoding: item.blanked(Array(text.utf8)), as: UTF8.self) == "a:\n  - x\n\n  - z\n")
        let noFinalLineEnd = "a:\n  - x\n  - y: [1,"
        #expect(String(decoding: item.blanked(Array(noFinalLineEnd.utf8)), as: UTF8.self) == "a:\n  - x\n")
    }

    @Test func fieldsAreNumberedAsTheFileCountsItsItems() {
        #expect(BrokenItem.originalIndex(0, skipped: [0]) == 1)
        #expect(BrokenItem.originalIndex(3, skipped: [5, 1]) == 4)
        #expect(BrokenItem.originalIndex(4, skipped: [5, 1]) == 6)
        #expect(BrokenItem.renumbered("environments[4].stage", skipped: ["environments": [1, 5]]) == "environments[6].stage")
        #expect(BrokenItem.renumbered("signals[4].env", skipped: ["environments": [1]]) == "signals[4].env")
        #expect(BrokenItem.renumbered("file", skipped: ["environments": [1]]) == "file")
    }

    @Test func onlyAnItemInvalidByItselfIsEverTakenForTheCulprit() {
        let text = Array("a:\n  - {x: 1}\n  - {y: 2}\nb: 3\n".utf8)
        for line in 1...5 { #expect(BrokenItem.around(line: line, in: text) == nil, "line \(line)") }
        let broken = Array("a:\n  - {x: 1}\n  - {y: 2\n  - {z: 3}\n".utf8)
        #expect(BrokenItem.around(line: 4, in: broken) == BrokenItem(listKey: "a", index: 1, lines: 3..<4))
        #expect(BrokenItem.around(line: 3, in: broken) == BrokenItem(listKey: "a", index: 1, lines: 3..<4))
        let alone = Array("a:\n  - {y: 2\nb: 1\n".utf8)
        #expect(BrokenItem.around(line: 3, in: alone) == BrokenItem(listKey: "a", index: 0, lines: 2..<3, lastOfListKeyLine: 1))
    }

    @Test func aLargeFileReadBackFromDiskKeepsItsBrokenItemOut() throws {
        var signals = "apiVersion: opsdeck/v1\nsignals:\n"
        var lines = 0
        let good = "  - {env: dev-0, component: pg, key: pg.waiting_locks, samples: [1, 2.5, 3]}\n"
        while signals.utf8.count < FixtureYAML.releaseThreshold + 100_000 {
            signals += lines == 30_000 ? "  - {env: dev-0, component: pg, key: pg.waiting_locks, samples: [1, 2}\n" : good
            lines += 1
        }
        let catalog = "signalCatalog:\n  - {key: pg.waiting_locks, name: \"Waiting locks\", unit: locks, warn: 5, crit: 20}\n"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try (Self.text(count: 1, spoilt: [:]) + catalog).write(to: directory.appendingPathComponent("00-estate.yaml"), atomically: true, encoding: .utf8)
        try signals.write(to: directory.appendingPathComponent("20-signals.yaml"), atomically: true, encoding: .utf8)
        let load = FixtureDirectory.load(directory: directory, now: Self.anchor)
        #expect(load.estate.signals.count == lines - 1)
        #expect(load.errors.map(\.field) == ["signals[30000]"])
        #expect(load.errors.first?.line == 30_003)
    }
}
