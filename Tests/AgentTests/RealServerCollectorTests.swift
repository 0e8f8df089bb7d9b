import Foundation
import OpsModel
import OpsSources
import Testing
@testable import OpsAgent

/// Collectors against real Redis and PostgreSQL servers that the tests start themselves, on unix
/// sockets in a temporary directory (no TCP port at all), and stop again.
@Suite("Collectors against real servers", .serialized)
struct RealServerCollectorTests {
    static let now = ISO8601.parse("2026-11-27T09:00:00Z")!

    /// Runs a command to completion (setup steps), returning whether it succeeded.
    @discardableResult
    static func sh(_ arguments: [String], timeout: Duration = .seconds(30)) async -> Bool {
        if case .success = await Subprocess.run(arguments, timeout: timeout) { return true }
        return false
    }

    static func installed(_ program: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }

    /// In CI the servers must be there (`.ci/setup` installs them); elsewhere a missing one is said, not failed.
    static func require(_ program: String) -> Bool {
        if installed(program) { return true }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("\(program) is not installed; .ci/setup installs it")
        } else {
            print("skipped: \(program) is not installed (apt-get install redis-server postgresql)")
        }
        return false
    }

    static func provide(_ yaml: String) async throws -> ProvidedEstate {
        let provider = try CollectingProvider(configuration: try AgentConfiguration.parse(yaml), baseFixtures: DemoEstate.directory)
        return await provider.provide(now: now)
    }

    static func signal(_ estate: Estate, _ env: String, _ component: String, _ key: String) -> Signal? {
        estate.signals.first { $0.environmentID == env && $0.componentID == component && $0.key == key }
    }

    @Test(.timeLimit(.minutes(1)))
    func redisInfoFromARealServer() async throws {
        guard Self.require("redis-server"), Self.require("redis-cli") else { return }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-redis-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let socket = directory.appendingPathComponent("redis.sock").path
        #expect(await Self.sh(["redis-server", "--port", "0", "--unixsocket", socket, "--daemonize", "yes",
                               "--pidfile", directory.appendingPathComponent("redis.pid").path, "--dir", directory.path,
                               "--save", "", "--appendonly", "no", "--maxmemory", "64mb", "--maxmemory-policy", "allkeys-lru"]))
        var ready = false
        for _ in 0..<50 where !ready {
            ready = await Self.sh(["redis-cli", "-s", socket, "PING"], timeout: .seconds(2))
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(ready, "redis-server did not answer on its socket")
        await Self.sh(["redis-cli", "-s", socket, "DEBUG", "POPULATE", "20000"])

        let config = "collectors:\n  - {name: redis, kind: redis, env: prod-eu-core, command: [redis-cli, -s, \"\(socket)\", INFO, all]}\n"
        let live = try await Self.provide(config)
        let memory = try #require(Self.signal(live.estate, "prod-eu-core", "redis", "redis.memory_used_pct"))
        #expect(memory.error == nil, "\(memory.error ?? "")")
        let used = try #require(memory.latest?.value)
        #expect(used > 0 && used < 100, "memory used \(used) % of the 64 MB maxmemory")
        #expect(live.collectors.first { $0.name == "redis" }?.state == .ok)

        // The server goes away: only its own signals turn unknown, with the error.
        await Self.sh(["redis-cli", "-s", socket, "SHUTDOWN", "NOSAVE"])
        let gone = try await Self.provide(config)
        let dead = try #require(Self.signal(gone.estate, "prod-eu-core", "redis", "redis.memory_used_pct"))
        #expect(dead.error != nil)
        #expect(SignalAssessment.assess(dead, now: Self.now).status == .unknown)
        #expect(gone.collectors.first { $0.name == "redis" }?.state == .failed)
    }

    @Test(.timeLimit(.minutes(1)))
    func postgresStatisticsFromARealServer() async throws {
        guard let bin = ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"]
            .first(where: { FileManager.default.isExecutableFile(atPath: "\($0)/initdb") }) else {
            _ = Self.require("initdb")
            return
        }
        guard Self.require("psql") else { return }
        // PostgreSQL refuses to run as root: as root, run it as the postgres user the package creates.
        let asUser: [String] = getuid() == 0 ? ["runuser", "-u", "postgres", "--"] : []
        let directory = URL(fileURLWithPath: "/tmp/opsdeck-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        if getuid() == 0 { await Self.sh(["chown", "postgres", directory.path]) }
        let data = directory.appendingPathComponent("data").path
        #expect(await Self.sh(asUser + ["\(bin)/initdb", "-D", data, "-U", "postgres", "--no-sync", "-A", "trust"], timeout: .seconds(40)))
        let options = "-k \(directory.path) -c listen_addresses='' -c archive_mode=on -c archive_command=/bin/true"
        // -l: the server must not hold our output pipe open after pg_ctl returns.
        let log = directory.appendingPathComponent("postgres.log").path
        #expect(await Self.sh(asUser + ["\(bin)/pg_ctl", "-D", data, "-l", log, "-o", options, "-w", "-t", "20", "start"], timeout: .seconds(30)))
        // Stopped with an await, whatever the checks find: a defer cannot await, and blocking a
        // thread of the shared pool on a semaphore until a task stopped the server could wait
        // for ever when every thread of the pool was blocked so (it did, on two cores, beside a
        // test blocked reading a pipe this server had inherited).
        let stop = asUser + ["\(bin)/pg_ctl", "-D", data, "-m", "immediate", "stop"]
        do {
            try await Self.checkPostgres(asUser: asUser, socketDirectory: directory.path)
        } catch {
            await Self.sh(stop)
            throw error
        }
        await Self.sh(stop)
    }

    private static func checkPostgres(asUser: [String], socketDirectory: String) async throws {
        let psql = asUser + ["psql", "-X", "-At", "-h", socketDirectory, "-U", "postgres", "-d", "postgres"]
        let command = psql.map { "\"\($0)\"" }.joined(separator: ", ")
        let live = try await Self.provide("collectors:\n  - {name: pg, kind: postgres, env: prod-eu-core, command: [\(command)]}\n")
        #expect(live.collectors.first { $0.name == "pg" }?.state == .ok, "\(live.collectors)")
        let connections = try #require(Self.signal(live.estate, "prod-eu-core", "pg-primary", "pg.connections_used_pct"))
        #expect(connections.error == nil, "\(connections.error ?? "")")
        #expect((connections.latest?.value ?? -1) > 0)
        let locks = try #require(Self.signal(live.estate, "prod-eu-core", "pg-primary", "pg.waiting_locks"))
        #expect(locks.latest?.value == 0)
    }
}
