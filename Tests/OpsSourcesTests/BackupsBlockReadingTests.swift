import Foundation
import Testing
@testable import OpsModel
@testable import OpsSources

/// Backups items in the plain block form are read straight from their bytes
/// (`BackupsBlockReader`); the estate and the issues must be the general reader's.
@Suite struct BackupsBlockReadingTests {
    private typealias Random = FixtureYAMLDifferentialTests.Random
    private static let anchor = ISO8601.parse("2026-11-27T09:00:00Z")!

    /// The tenants, and the environments the items refer to.
    private static let header = EnvironmentBlockReadingTests.header + """
    environments:
      - {id: prod-a, tenant: acme, stage: production, tier: core-production, region: eu-west-1}
      - {id: dev-a, tenant: acme, stage: development, tier: non-production, region: eu-west-1}
      - {id: "null", tenant: acme, stage: test, tier: non-production, region: eu-west-1}

    """

    private static var environments: EnvironmentIndex {
        let ids = ["prod-a", "dev-a", "null"]
        return EnvironmentIndex(ids.map { Environment(
            id: $0, name: $0, tenantID: "acme", stage: .test, tier: .nonProduction, tenancy: .dedicated, region: "eu-west-1",
            zone: "", timeZone: "UTC", odooVersion: "17.0", release: nil, namespace: $0, cluster: ""
        ) })
    }

    /// Good values of each field after `env`.
    private static let good: [(field: String, values: [String])] = [
        ("stanza", ["main", "\"prod a\""]),
        ("status", ["{code: 0, message: ok}", "{code: 2, message: \"missing stanza path\"}", "{code: 0, message: ok, running: true}", "{code: 0}", "{code: 3}"]),
        ("cipher", ["aes-256-cbc", "none"]),
        ("policy", ["{schedule: \"full Sun 01:00, incr hourly\", fullRetention: 2, encryption: true, immutable: true, offsite: true}",
                    "{schedule: \"full nightly\", fullRetention: 1}", "{}", "{encryption: false}"]),
        ("sets", ["\n      - {label: 20261122-010000F, type: full, start: now-4d22h, stop: now-4d21h, size: 120GiB, repositorySize: 30GiB}\n"
                    + "      - {label: 20261122-010000F_20261127-080001I, type: incr, start: now-55m, stop: now-50m, size: 121GiB, repositorySize: 400MiB, prior: 20261122-010000F, references: [20261122-010000F]}",
                  "\n      - {label: F1, type: full, start: 2026-11-26T01:00:00Z, stop: 2026-11-26T01:40:00Z, error: true, walStart: 000000010000000000000010, walStop: 000000010000000000000011}",
                  "\n      - {label: D1, type: diff, start: now-2h, stop: now-1h, references: [], size: \"1.5 TB\"}"]),
        ("archive", ["{lastArchivedWAL: 0000000100000000000000000A1, lastArchived: now-1m, failedCount: 0}",
                     "{min: 000000010000000000000001, max: 000000010000000000000099, lastFailedWAL: 000000010000000000000099, lastFailed: now-5m, failedCount: 9, toolError: \"archive-push failed\"}"]),
        ("auxiliary", ["\n      - {kind: filestore, lastSuccess: now-50m}", "\n      - {kind: config, lastAttempt: now-2h, succeeded: false}\n      - {kind: filestore, lastSuccess: now-30h}"]),
        ("observed", ["now-30s", "2026-11-27T08:59:00Z"]),
    ]
    /// Values and lines the direct reader must hand on: unknown, null, malformed, an unknown key, a comment.
    private static let spoilers = [
        "env: nowhere", "env: null", "status: {code: zero}", "status: {message: ok}", "status: {code: 0, running: yes}",
        "status: {code: 0, colour: red}", "policy: {fullRetention: two}", "policy: {immutable: maybe}", "policy: {schedule: null}",
        "sets:\n      - {label: X, type: weekly, start: now-2h, stop: now-1h}", "sets:\n      - {label: X, type: full, start: now-1h, stop: now-2h}",
        "sets:\n      - {label: X, type: full, start: yesterday, stop: now-1h}", "sets:\n      - {label: X, type: full, start: now-2h, stop: now-1h, size: lots}",
        "sets:\n      - {type: full, start: now-2h, stop: now-1h}", "sets:\n      - {label: X, type: full, start: now-2h, stop: now-1h, error: on}",
        "sets:\n      - {label: X, type: full, start: now-2h, stop: now-1h, label: Y}", "sets:\n      - {label: X, type: full, start: now-2h, stop: now-1h, notes: hi}",
        "sets: []", "archive: {failedCount: many}", "archive: {lastArchived: later}", "archive: {lastArchived: now-1m, lastArchived: now-2m}",
        "auxiliary:\n      - {lastSuccess: now-1h}", "auxiliary:\n      - {kind: filestore, succeeded: yes}", "observed: soon",
        "colour: blue", "# a comment inside the item", "cipher:",
    ]

    /// One backups item: most in the plain block form with good values, some with one spoiler.
    private static func backupsItem(_ random: inout Random) -> (text: String, spoilt: Bool) {
        var lines = ["env: " + random.pick(["prod-a", "dev-a", "\"null\"", "\"prod-a\""])]
        for (field, values) in good where random.below(4) != 0 {
            let value = random.pick(values)
            lines.append(field + ":" + (value.hasPrefix("\n") ? value : " " + value))
        }
        return BlockItemSamples.item(lines, spoilers: spoilers, &random)
    }

    @Test(arguments: [40, ItemReaders.concurrentMinimum + 50])
    func backupsReadStraightFromTheirBytesAreTheOnesTheGeneralReaderReads(count: Int) {
        var random = Random(state: UInt64(11 + count))
        let reader = BackupsBlockReader(environments: Self.environments, anchor: Self.anchor)
        let direct = BlockItemSamples.expectReadDirectly(count: count, header: Self.header, list: "backups", &random,
                                                         item: { random, _ in Self.backupsItem(&random) }, readsDirectly: { reader.backups($0) != nil })
        #expect(direct.estate.backups.count > count / 2, "most items should load")
    }

    @Test func aPlainItemIsReadDirectlyAndAnUnusualOneIsHandedOn() throws {
        let plain = """
        - env: prod-a
            status: {code: 0, message: ok}
            sets:
              - {label: 20261126-010001D, type: diff, start: now-22h, stop: now-21h40m, size: 121GiB, prior: F, references: [F]}
              - {label: F, type: full, start: now-4d22h, stop: now-4d21h, size: 120GiB, repositorySize: 30GiB}
            archive: {lastArchivedWAL: 0000000100000000000000000A1, lastArchived: now-1m, failedCount: 0}
            auxiliary:
              - {kind: filestore, lastSuccess: now-50m}
            observed: now-30s

        """.replacingOccurrences(of: "\n    ", with: "\n  ")
        let reader = BackupsBlockReader(environments: Self.environments, anchor: Self.anchor)
        let backups = try #require(Array(plain.utf8).withUnsafeBufferPointer { reader.backups($0) })
        #expect(backups.stanza == "prod-a", "the stanza defaults to the environment")
        #expect(backups.backups.map(\.label) == ["F", "20261126-010001D"], "sets in the order they stopped")
        #expect(backups.backups.last?.references == ["F"])
        #expect(backups.backups.first?.sizeBytes == Int64(120) * 1_073_741_824)
        #expect(backups.status?.message == "ok")
        #expect(backups.auxiliary.first?.lastAttempt == Self.anchor.addingTimeInterval(-50 * 60), "the last attempt defaults to the last success")
        #expect(backups.observedAt == Self.anchor.addingTimeInterval(-30))
        for spoilt in ["  # note\n", "  colour: blue\n", "  observed: now-1m\n", "  cipher:\n"] {
            let text = plain + spoilt
            #expect(Array(text.utf8).withUnsafeBufferPointer { reader.backups($0) } == nil, "\(spoilt)")
        }
    }
}
