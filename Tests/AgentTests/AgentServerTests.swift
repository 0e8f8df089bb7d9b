import Foundation
import OpsModel
import OpsSources
import Testing

/// The real agent binary on loopback: serving, authentication, conditional requests, logs.
@Suite(.serialized) struct AgentServerTests {
    let fetcher = HTTPFetcher()

    @Test func servesTheDemoEstateWithAToken() async throws {
        let tokenFile = makeTokenFile("s3cret-demo-token")
        defer { try? FileManager.default.removeItem(atPath: tokenFile) }
        let agent = try AgentProcess(arguments: ["--token-file", tokenFile, "--name", "demo-agent"])
        let url = agent.url.appendingPathComponent("v1/snapshot")

        let response = try await fetcher.get(url, headers: ["Authorization": "Bearer s3cret-demo-token"], timeout: .seconds(5), sizeLimit: 64 << 20).get()
        #expect(response.status == 200)
        let snapshot = try AgentWire.decoder().decode(AgentSnapshot.self, from: response.body)
        #expect(snapshot.apiVersion == "opsdeck/v1")
        #expect(snapshot.agent == "demo-agent")
        #expect(snapshot.collectors.map(\.state) == [.ok])
        #expect(snapshot.estate.environments.count == Demo.estate.environments.count)
        #expect(snapshot.estate.signals.count == Demo.estate.signals.count)

        let health = try await fetcher.get(agent.url.appendingPathComponent("healthz"), timeout: .seconds(5), sizeLimit: 1024).get()
        #expect(health.status == 200)
    }

    @Test func refusesMissingAndWrongTokensWithoutLoggingThem() async throws {
        let tokenFile = makeTokenFile("the-right-token-42")
        defer { try? FileManager.default.removeItem(atPath: tokenFile) }
        let agent = try AgentProcess(arguments: ["--token-file", tokenFile])
        let url = agent.url.appendingPathComponent("v1/snapshot")

        let missing = try await fetcher.get(url, timeout: .seconds(5), sizeLimit: 1 << 20).get()
        #expect(missing.status == 401)
        #expect(missing.headers["www-authenticate"]?.hasPrefix("Bearer") == true)
        let wrong = try await fetcher.get(url, headers: ["Authorization": "Bearer the-right-token-43"], timeout: .seconds(5), sizeLimit: 1 << 20).get()
        #expect(wrong.status == 401)
        let prefixOnly = try await fetcher.get(url, headers: ["Authorization": "Bearer the-right-token-4"], timeout: .seconds(5), sizeLimit: 1 << 20).get()
        #expect(prefixOnly.status == 401)
        #expect(!String(decoding: wrong.body, as: UTF8.self).contains("the-right-token"))
        let log = agent.log
        #expect(log.contains("\"status\":401"))
        #expect(!log.contains("the-right-token"))
    }

    @Test func answers304ForUnchangedData() async throws {
        let tokenFile = makeTokenFile("etag-token")
        defer { try? FileManager.default.removeItem(atPath: tokenFile) }
        let agent = try AgentProcess(arguments: ["--token-file", tokenFile, "--refresh", "3600"])
        let url = agent.url.appendingPathComponent("v1/snapshot")
        let first = try await fetcher.get(url, headers: ["Authorization": "Bearer etag-token"], timeout: .seconds(5), sizeLimit: 64 << 20).get()
        let tag = try #require(first.headers["etag"])
        let second = try await fetcher.get(url, headers: ["Authorization": "Bearer etag-token", "If-None-Match": tag], timeout: .seconds(5), sizeLimit: 64 << 20).get()
        #expect(second.status == 304)
        #expect(second.body.isEmpty)
        let other = try await fetcher.get(url, headers: ["Authorization": "Bearer etag-token", "If-None-Match": "\"fnv1a64-0000000000000000\""], timeout: .seconds(5), sizeLimit: 64 << 20).get()
        #expect(other.status == 200)
    }
}
