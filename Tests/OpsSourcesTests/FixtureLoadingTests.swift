import Foundation
import OpsModel
import Testing
@testable import OpsSources

/// A fixed anchor for relative fixture times.
private let anchor = ISO8601.parse("2026-11-27T09:00:00Z")!

private let estateFile = """
apiVersion: opsdeck/v1
kind: Estate
name: Test estate
tenants:
  - {id: acme, name: Acme Retail, tenancy: dedicated}
environments:
  - id: prod-a
    tenant: acme
    stage: production
    tier: core-production
    region: eu-west-1
    timeZone: Europe/Berlin
    release: {version: "1.2.3", deployedAt: now-2h}
    components:
      - {id: pg, kind: postgres-primary}
  - id: dev-a
    tenant: acme
    stage: development
    tier: non-production
    region: eu-west-1
"""

@Suite struct FixtureLoadingTests {
    @Test func loadsTheBundledDemoEstateWithoutIssues() throws {
        let directory = try #require(DemoEstate.directory)
        let load = FixtureDirectory.load(directory: directory, now: anchor)
        #expect(load.issues.isEmpty, "demo estate issues: \(load.issues)")
        #expect(load.estate.tenants.count >= 3)
        #expect(load.estate.environments.count >= 14)
        #expect(Set(load.estate.environments.map(\.tier)) == Set(Tier.allCases))
        #expect(load.estate.incidents.contains { $0.severity == 1 && $0.isOpen(at: anchor) })
        #expect(!load.estate.signals.isEmpty && !load.estate.windows.isEmpty && !load.estate.backups.isEmpty)
    }

    @Test func anEnvironmentIDGivenAgainIsReportedOnceForEachRepeatAndTheFirstIsUsed() {
        let repeated = estateFile + """

          - id: prod-a
            tenant: acme
            stage: test
            tier: non-production
            region: us-east-1
          - id: prod-a
            tenant: acme
            stage: development
            tier: non-production
            region: us-east-2
        signalCatalog:
          - {key: pg.connections_used_pct, name: "Connections used", unit: "%", warn: 80, crit: 95, direction: above}
        signals:
          - {env: prod-a, component: pg, key: pg.connections_used_pct, samples: [10, 20]}
        changes:
          - {id: CHG-2, env: prod-a, kind: deploy, at: now-1h, actor: ci, summary: second}
          - {id: CHG-1, env: prod-a, kind: deploy, at: now-3h, actor: ci, summary: first}
          - {id: CHG-3, env: dev-a, kind: deploy, at: now-1h, actor: ci, summary: third}
          - {id: CHG-4, env: dev-a, kind: deploy, at: now-30m, actor: ci, summary: fourth}
        """
        for direct in [true, false] {
            let load = FixtureDirectory.parse(files: [("estate.yaml", repeated)], now: anchor, readsLinesDirectly: direct)
            let warnings = load.issues.filter { $0.field == "environments.id" }
            #expect(warnings.map(\.message) == Array(repeating: "\"prod-a\" is defined more than once; the first one is shown first", count: 2))
            #expect(load.estate.environments.count == 4)
            // References resolve to the first prod-a, whose component the signal names.
            #expect(load.estate.signals.count == 1, "\(load.issues)")
            // Newest first; CHG-2 and CHG-3 are at the same instant and keep their order.
            #expect(load.estate.changes.map(\.id) == ["CHG-4", "CHG-2", "CHG-3", "CHG-1"])
        }
    }

    @Test func seriesOfOneCatalogKeyShareTheirTraits() throws {
        let load = FixtureDirectory.load(directory: try #require(DemoEstate.directory), now: anchor)
        let signals = load.estate.signals
        let distinctTraits = Set(signals.map { ObjectIdentifier($0.traits) }).count
        let distinctKeys = Set(signals.map(\.key)).count
        #expect(distinctTraits < signals.count / 2, "\(distinctTraits) traits objects for \(signals.count) signals")
        #expect(distinctTraits >= distinctKeys)
    }

    @Test func relativeTimesAreAnchoredAtTheLoadInstant() throws {
        let load = FixtureDirectory.parse(files: [("estate.yaml", estateFile)], now: anchor)
        let release = try #require(load.estate.environment(id: "prod-a")?.release)
        #expect(release.deployedAt == anchor.addingTimeInterval(-7200))
        #expect(load.issues.isEmpty)
    }

    @Test func aMalformedItemIsReportedWithFileLineAndFieldAndTheRestLoads() throws {
        let broken = estateFile + """

          - id: broken-env
            tenant: acme
            stage: sideways
            tier: core-production
            region: eu
        """
        let load = FixtureDirectory.parse(files: [("estate.yaml", broken)], now: anchor)
        #expect(load.estate.environments.map(\.id) == ["prod-a", "dev-a"])
        let issue = try #require(load.errors.first)
        #expect(issue.path == "estate.yaml")
        #expect(issue.line == 23)
        #expect(issue.field == "environments[2].stage")
        #expect(issue.message.contains("sideways"))
        #expect(issue.description.hasPrefix("estate.yaml:23: error: environments[2].stage:"))
    }

    @Test func aFileThatIsNotYAMLIsSkippedAndNamedWhileOtherFilesLoad() throws {
        let garbage = "apiVersion: opsdeck/v1\nsignals: [ {key: x\n  - : :\n"
        let load = FixtureDirectory.parse(files: [("estate.yaml", estateFile), ("bad.yaml", garbage)], now: anchor)
        #expect(load.estate.environments.count == 2)
        let issue = try #require(load.errors.first)
        #expect(issue.path == "bad.yaml")
        #expect(issue.line != nil)
        #expect(issue.message.contains("not valid YAML"))
    }

    @Test func anUnknownFieldIsAWarningNotAFailure() throws {
        let text = estateFile.replacingOccurrences(of: "    region: eu-west-1\n    timeZone", with: "    region: eu-west-1\n    colour: blue\n    timeZone")
        let load = FixtureDirectory.parse(files: [("estate.yaml", text)], now: anchor)
        #expect(load.estate.environments.count == 2)
        #expect(load.errors.isEmpty)
        let warning = try #require(load.issues.first)
        #expect(warning.severity == .warning)
        #expect(warning.field == "environments[0].colour")
        #expect(warning.line == 12)
    }

    @Test func aWrongAPIVersionSkipsTheFile() {
        let text = estateFile.replacingOccurrences(of: "opsdeck/v1", with: "opsdeck/v9")
        let load = FixtureDirectory.parse(files: [("estate.yaml", text)], now: anchor)
        #expect(load.estate.environments.isEmpty)
        #expect(load.errors.first?.field == "apiVersion")
        #expect(load.errors.first?.line == 1)
    }

    @Test func itemsNamingAnUnknownEnvironmentOrComponentAreSkippedWithTheirLine() throws {
        let signals = """
        apiVersion: opsdeck/v1
        signals:
          - {env: prod-a, component: pg, key: pg.waiting_locks, warn: 5, crit: 20, samples: [1, 2, 3]}
          - {env: nowhere, component: pg, key: pg.waiting_locks, warn: 5, crit: 20, samples: [1]}
          - {env: prod-a, component: redis, key: redis.evictions, warn: 1, crit: 5, samples: [0]}
        """
        let load = FixtureDirectory.parse(files: [("estate.yaml", estateFile), ("signals.yaml", signals)], now: anchor)
        #expect(load.estate.signals.count == 1)
        #expect(load.estate.signals.first?.samples.last?.time == anchor)
        #expect(load.errors.map(\.line) == [4, 5])
        #expect(load.errors.map(\.field) == ["signals[1].env", "signals[2].component"])
    }

    @Test func invalidCronAndZoneAreRejectedNamingFileWindowAndField() throws {
        let calendar = """
        apiVersion: opsdeck/v1
        windows:
          - id: bad-hour
            kind: freeze
            scope: {all: true}
            cron: "0 24 * * *"
            duration: 2h
            zone: Europe/Berlin
          - id: fixed-offset
            kind: freeze
            scope: {all: true}
            cron: "0 22 * * *"
            duration: 2h
            zone: "+01:00"
          - id: good
            kind: maintenance
            scope: {envs: [prod-a]}
            cron: "0 22 * * TUE"
            duration: 4h
            zone: Europe/Berlin
        """
        let load = FixtureDirectory.parse(files: [("calendar.yaml", calendar)], now: anchor)
        #expect(load.estate.windows.map(\.id) == ["good"])
        #expect(load.errors.count == 2)
        #expect(load.errors[0].line == 6 && load.errors[0].field == "windows[0].cron")
        #expect(load.errors[0].message.contains("bad-hour") && load.errors[0].message.contains("hour"))
        #expect(load.errors[1].line == 14 && load.errors[1].field == "windows[1].zone")
    }

    @Test func durationsAndSizesParseAsPeopleWriteThem() {
        #expect(DurationText.parse("90m") == 5400)
        #expect(DurationText.parse("1h30m") == 5400)
        #expect(DurationText.parse("42d") == 3_628_800)
        #expect(DurationText.parse("1.5h") == 5400)
        #expect(DurationText.parse("") == nil)
        #expect(DurationText.parse("10") == nil)
        #expect(DurationText.parse("5x") == nil)
        #expect(BackupFixtures.bytes("48GiB") == 51_539_607_552)
        #expect(BackupFixtures.bytes("700 MB") == 700_000_000)
        #expect(BackupFixtures.bytes("12") == 12)
        #expect(BackupFixtures.bytes("lots") == nil)
        #expect(BackupFixtures.bytes("1.5 TiB") == 1_649_267_441_664)
        #expect(BackupFixtures.bytes(" 2 kb ") == 2_000)
        #expect(BackupFixtures.bytes("3G2") == nil)
        #expect(BackupFixtures.bytes("") == nil)
        #expect(BackupFixtures.bytes("1.2.3 MB") == nil)
        // Read from bytes when written plainly, as characters otherwise: the same either way.
        #expect(BackupFixtures.bytes("1.5TIB") == 1_649_267_441_664)
        #expect(BackupFixtures.bytes("400MiB") == 419_430_400)
        #expect(BackupFixtures.bytes("-5GiB") == nil)
        #expect(BackupFixtures.bytes("GiB") == nil)
        #expect(BackupFixtures.bytes(".5kb") == 500)
        #expect(BackupFixtures.bytes("1.2.3MB") == nil)
        #expect(BackupFixtures.bytes("12345678901234567b") == Int64(12_345_678_901_234_567.0))
        #expect(BackupFixtures.bytes("5gibs") == nil)
        #expect(BackupFixtures.bytes("5 \u{212A}B") == 5_000)
        // Too large for a 64-bit count: refused, not a crash.
        #expect(BackupFixtures.bytes("99999999999 TiB") == nil)
    }

    @Test func relativeAndAbsoluteInstants() {
        #expect(FixtureTime.instant("now", anchor: anchor) == anchor)
        #expect(FixtureTime.instant("now-1d2h", anchor: anchor) == anchor.addingTimeInterval(-93600))
        #expect(FixtureTime.instant("now+15m", anchor: anchor) == anchor.addingTimeInterval(900))
        #expect(FixtureTime.instant("2026-11-27T10:00:00+01:00", anchor: anchor) == anchor)
        #expect(FixtureTime.instant("2026-11-27T09:00Z", anchor: anchor) == anchor)
        #expect(FixtureTime.instant("2026-11-27T09:00:00", anchor: anchor) == nil)
        #expect(FixtureTime.instant("yesterday", anchor: anchor) == nil)
        // Read from bytes; spaces, tabs and other scripts as the duration reader takes them.
        #expect(FixtureTime.instant(" now-2h ", anchor: anchor) == anchor.addingTimeInterval(-7200))
        #expect(FixtureTime.instant("now- 2h", anchor: anchor) == anchor.addingTimeInterval(-7200))
        #expect(FixtureTime.instant("now-\t2h", anchor: anchor) == anchor.addingTimeInterval(-7200))
        #expect(FixtureTime.instant("now-", anchor: anchor) == nil)
        #expect(FixtureTime.instant("now*2h", anchor: anchor) == nil)
        #expect(FixtureTime.instant("nowhere", anchor: anchor) == nil)
        #expect(FixtureTime.instant("now-٣h", anchor: anchor) == nil)
        #expect(FixtureTime.instant("now-1.5h", anchor: anchor) == anchor.addingTimeInterval(-5400))
    }
}
