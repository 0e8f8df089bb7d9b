import Foundation
import NIOConcurrencyHelpers
import OpsModel
import OpsSources

/// The snapshot being served: its encoded body and entity tag, ready for any request without waiting.
public struct PublishedSnapshot: Sendable {
    /// The JSON body of `GET /v1/snapshot`.
    public var body: [UInt8]
    /// The strong entity tag of the content.
    public var entityTag: String
    /// The snapshot the body encodes.
    public var snapshot: AgentSnapshot
}

/// Holds the current snapshot; refreshes replace it, requests read it under a lock and never wait for collectors.
public final class SnapshotPublisher: Sendable {
    private let current = NIOLockedValueBox<PublishedSnapshot?>(nil)

    /// An empty publisher; requests get 503 until the first publish.
    public init() {}

    /// The snapshot being served, if any.
    public var published: PublishedSnapshot? { current.withLockedValue { $0 } }

    /// Publishes a new snapshot. Content equal to the served one (ignoring `generatedAt` and
    /// collector timings) keeps the served body and tag, so pollers get 304 for unchanged data.
    @discardableResult
    public func publish(_ snapshot: AgentSnapshot) throws -> PublishedSnapshot {
        let encoder = AgentWire.encoder()
        let tag = EntityTag.of(try encoder.encode(ContentKey(snapshot)))
        if let served = published, served.entityTag == tag { return served }
        let fresh = PublishedSnapshot(body: Array(try encoder.encode(snapshot)), entityTag: tag, snapshot: snapshot)
        current.withLockedValue { $0 = fresh }
        return fresh
    }

    /// What decides whether content changed: everything but the instants and durations of the refresh itself.
    private struct ContentKey: Encodable {
        var apiVersion: String
        var agent: String
        var collectors: [Collector]
        var issues: [WireIssue]
        var estate: Estate

        struct Collector: Encodable {
            var name: String
            var kind: String
            var state: CollectorStatus.State
            var error: String?
        }

        init(_ snapshot: AgentSnapshot) {
            apiVersion = snapshot.apiVersion
            agent = snapshot.agent
            collectors = snapshot.collectors.map { Collector(name: $0.name, kind: $0.kind, state: $0.state, error: $0.error) }
            issues = snapshot.issues
            estate = snapshot.estate
        }
    }
}
