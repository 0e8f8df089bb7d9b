import Foundation
import OpsAgent
import OpsModel
import OpsSources
import Testing

/// Collectors against fake commands, a fake HTTP API, and missing binaries; configuration parsing.
@Suite(.serialized) struct CollectorTests {
    /// The captured outputs of real tools, kept beside the parser tests.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("OpsSourcesTests/Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    func provide(_ yaml: String, base: Bool = true) async throws -> ProvidedEstate {
        let configuration = try AgentConfiguration.parse(yaml)
        let provider = try CollectingProvider(configuration: configuration, baseFixtures: base ? DemoEstate.directory : nil)
        return await provider.provide(now: Demo.now)
    }

    func signal(_ estate: Estate, _ env: String, _ component: String, _ key: String) -> Signal? {
        estate.signals.first { $0.environmentID == env && $0.componentID == component && $0.key == key }
    }

    @Test func subprocessErrorsAreValuesNotCrashes() async {
        let missing = await Subprocess.run(["opsdeck-test-no-such-binary", "INFO"], timeout: .seconds(2))
        #expect(missing == .failure(.notFound("opsdeck-test-no-such-binary")))
        let failing = await Subprocess.run(["sh", "-c", "echo 'could not connect' >&2; exit 3"], timeout: .seconds(2))
        #expect(failing == .failure(.failed("sh", status: 3, message: "could not connect")))
        // Killed at the deadline, the command never writes its marker. (Timing the call proved
        // nothing under load: a busy test pool resumed the caller seconds after the kill.)
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-not-killed-\(UUID().uuidString)").path
        let started = ContinuousClock.now
        let result = await Subprocess.run(["sh", "-c", "sleep 1.5 && touch '\(marker)'"], timeout: .milliseconds(300))
        #expect(result == .failure(.timedOut("sh", .milliseconds(300))))
        try? await Task.sleep(until: started + .seconds(2.5), clock: .continuous)
        #expect(!FileManager.default.fileExists(atPath: marker), "the command ran on past its deadline")
        try? FileManager.default.removeItem(atPath: marker)
        let output = await Subprocess.run(["sh", "-c", "printf hello"], timeout: .seconds(2))
        #expect(output == .success(Data("hello".utf8)))
    }

    /// A descriptor the process holds without close-on-exec (as Foundation's pipes are) is not
    /// handed to a collector: a server it started would hold the pipe open for its whole life.
    @Test func aCollectorGetsNoDescriptorButItsOwnThree() async throws {
        var descriptors: [Int32] = [-1, -1]
        #expect(pipe(&descriptors) == 0)
        defer { descriptors.forEach { close($0) } }
        let check = "for fd in \(descriptors[0]) \(descriptors[1]); do [ -e /proc/$$/fd/$fd ] && echo \"$fd open\"; done; echo checked"
        let result = await Subprocess.run(["sh", "-c", check], timeout: .seconds(5))
        #expect(result == .success(Data("checked\n".utf8)))
    }

    @Test func redisInfoBecomesSignalsAndAMissingCliOnlyItsOwnUnknown() async throws {
        let provided = try await provide("""
        collectors:
          - {name: redis-eu, kind: redis, env: prod-eu-core, command: [cat, "\(Self.fixture("redis/10-info-all-before-evictions.txt"))"]}
          - {name: redis-de, kind: redis, env: prod-de-nordkauf, command: [opsdeck-test-no-such-redis-cli, INFO]}
        """)
        let memory = try #require(signal(provided.estate, "prod-eu-core", "redis", "redis.memory_used_pct"))
        #expect(memory.error == nil)
        #expect(memory.samples.count == 1)
        #expect(memory.latest?.time == Demo.now)
        #expect(memory.thresholds == Thresholds(warn: 80, crit: 95, direction: .above))
        let broken = try #require(signal(provided.estate, "prod-de-nordkauf", "redis", "redis.memory_used_pct"))
        #expect(broken.error?.contains("not found on PATH") == true)
        #expect(SignalAssessment.assess(broken, now: Demo.now).status == .unknown)
        // Other signals of the same environment keep their values.
        let others = provided.estate.signals.filter { $0.environmentID == "prod-de-nordkauf" && $0.componentID != "redis" }
        #expect(!others.isEmpty && others.allSatisfy { $0.error == nil })
        // The eviction rate's first reading is not a failure: the collector read everything it could.
        #expect(provided.collectors.map(\.state) == [.ok, .ok, .failed])
    }

    @Test func prometheusQueriesMapToSignalsAndErrorsToUnknown() async throws {
        let api = try FaultServer(.serve(try Data(contentsOf: URL(fileURLWithPath: Self.fixture("prometheus/query_up.json")))))
        let broken = try FaultServer(.serve(try Data(contentsOf: URL(fileURLWithPath: Self.fixture("prometheus/error_bad_promql.json"))), status: 400))
        defer { api.stop(); broken.stop() }
        let provided = try await provide("""
        collectors:
          - name: prom
            kind: prometheus
            url: \(api.url.absoluteString)
            signals:
              - {key: up.odoo, env: prod-eu-core, component: odoo-web, query: up, series: {job: odoo}, warn: 0.5, crit: 0.5, direction: below}
              - {key: k8s.pods_not_ready, env: prod-eu-core, component: k8s, query: up, series: {job: nothing-matches}}
          - name: prom-bad
            kind: prometheus
            url: \(broken.url.absoluteString)
            signals:
              - {key: up.pg, env: prod-eu-core, component: pg-primary, query: "up{", warn: 0.5, crit: 0.5, direction: below}
          - name: prom-down
            kind: prometheus
            url: http://127.0.0.1:1
            timeoutSeconds: 1
            signals:
              - {key: up.redis, env: prod-eu-core, component: redis, query: up, warn: 0.5, crit: 0.5, direction: below}
        """)
        let odoo = try #require(signal(provided.estate, "prod-eu-core", "odoo-web", "up.odoo"))
        #expect(odoo.error == nil)
        #expect(odoo.latest?.value == 0)
        #expect(SignalAssessment.status(of: 0, thresholds: odoo.thresholds) == .crit)
        let unmatched = try #require(signal(provided.estate, "prod-eu-core", "k8s", "k8s.pods_not_ready"))
        #expect(unmatched.error?.contains("no series matches") == true)
        #expect(unmatched.name == "Pods not ready")  // inherited from the base fixtures
        #expect(signal(provided.estate, "prod-eu-core", "pg-primary", "up.pg")?.error?.contains("bad_data") == true)
        #expect(signal(provided.estate, "prod-eu-core", "redis", "up.redis")?.error != nil)
        #expect(provided.collectors.dropFirst().map(\.state) == [.partial, .failed, .failed])
    }

    @Test func alertmanagerAlertsReplaceTheFixtureAlerts() async throws {
        let api = try FaultServer(.serve(try Data(contentsOf: URL(fileURLWithPath: Self.fixture("alertmanager/alerts.json")))))
        defer { api.stop() }
        let provided = try await provide("""
        collectors:
          - {name: am, kind: alertmanager, url: "\(api.url.absoluteString)"}
        """)
        #expect(!provided.estate.alerts.isEmpty)
        #expect(provided.estate.alerts.allSatisfy { $0.labels["alertname"] != nil })
        #expect(provided.collectors.last?.state == .ok)
    }

    @Test func psqlJSONBecomesSignalsAndArchiving() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-psql-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let archiver = try String(contentsOfFile: Self.fixture("postgres/pg_stat_archiver.json"), encoding: .utf8)
        let output = """
        {"archiver": \(archiver), "replication": [{"application_name": "pg-replica-1", "state": "streaming", "lag_bytes": 2048, "replay_lag_s": 0.25}, {"application_name": "walreceiver", "state": "streaming", "lag_bytes": 100, "replay_lag_s": null}], "waiting_locks": 7, "connections": 45, "max_connections": 100, "longest_tx_s": 12.5}
        """
        let file = directory.appendingPathComponent("out.json")
        try Data(output.utf8).write(to: file)
        // `sh -c 'cat FILE' psql -c QUERY`: the collector's appended arguments become sh's $0…, unused.
        let provided = try await provide("""
        collectors:
          - {name: pg, kind: postgres, env: prod-eu-core, command: [sh, -c, "cat '\(file.path)'"]}
          - {name: pg-missing, kind: postgres, env: prod-de-nordkauf, command: [opsdeck-test-no-such-psql]}
        """)
        let estate = provided.estate
        #expect(signal(estate, "prod-eu-core", "pg-primary", "pg.connections_used_pct")?.latest?.value == 45)
        #expect(signal(estate, "prod-eu-core", "pg-primary", "pg.waiting_locks")?.latest?.value == 7)
        #expect(signal(estate, "prod-eu-core", "pg-primary", "pg.longest_tx_age_s")?.latest?.value == 12.5)
        #expect(signal(estate, "prod-eu-core", "pg-replica-1", "pg.replication_lag_bytes")?.latest?.value == 2048)
        #expect(signal(estate, "prod-eu-core", "pg-replica", "pg.replication_lag_bytes")?.latest?.value == 100)
        #expect(signal(estate, "prod-eu-core", "pg-replica-1", "pg.replication_lag_s")?.latest?.value == 0.25)
        let archive = try #require(estate.backups.first { $0.environmentID == "prod-eu-core" }?.archive)
        #expect(archive.lastArchivedWAL == "000000010000000000000010")
        #expect(signal(estate, "prod-de-nordkauf", "pg-primary", "pg.waiting_locks")?.error?.contains("not found") == true)
        #expect(provided.collectors.suffix(2).map(\.state) == [.ok, .failed])
    }

    @Test func pgbackrestInfoBecomesTheEnvironmentsBackups() async throws {
        let provided = try await provide("""
        collectors:
          - {name: backups, kind: pgbackrest, env: prod-eu-core, command: [cat, "\(Self.fixture("pgbackrest/10-healthy-info-odoo.json"))"]}
          - {name: backups-missing, kind: pgbackrest, env: prod-de-nordkauf, command: [opsdeck-test-no-such-pgbackrest]}
        """)
        let eu = try #require(provided.estate.backups.first { $0.environmentID == "prod-eu-core" })
        #expect(eu.stanza == "odoo")
        #expect(eu.backups.count == 3)
        #expect(eu.policy != nil)  // kept from the base fixtures
        #expect(eu.observedAt == Demo.now)
        let de = try #require(provided.estate.backups.first { $0.environmentID == "prod-de-nordkauf" })
        #expect(de.status == nil && de.backups.isEmpty)
        let verdict = BackupAssessment.assess(de, restoreTests: [], policy: provided.estate.policy(for: .coreProduction), now: Demo.now)
        // Missing data, not "no backup": the tool's status is unknown, and nothing claims a recovery point.
        #expect(verdict.reasons.contains { $0.status == .unknown && $0.message.contains("not known") })
        #expect(!verdict.reasons.contains { $0.message.contains("no backup") && $0.status == .crit })
    }

    @Test func configurationErrorsNameTheCollector() {
        #expect(throws: AgentConfiguration.Problem.self) {
            try AgentConfiguration.parse("collectors:\n  - {name: p, kind: prometheus, url: 'http://x'}\n")
        }
        #expect(throws: AgentConfiguration.Problem.self) {
            try AgentConfiguration.parse("collectors:\n  - {name: r, kind: redis}\n")
        }
        #expect(throws: (any Error).self) {
            try AgentConfiguration.parse("collectors:\n  - {name: r, kind: mongodb, env: x}\n")
        }
    }
}
