import Foundation
import OpsModel
import OpsSources

/// What one refresh produced: the estate, how each collector fared, and any problems found.
public struct ProvidedEstate: Sendable {
    public var estate: Estate
    public var collectors: [CollectorStatus]
    public var issues: [FixtureIssue]

    /// Creates a result.
    public init(estate: Estate, collectors: [CollectorStatus], issues: [FixtureIssue] = []) {
        self.estate = estate
        self.collectors = collectors
        self.issues = issues
    }
}

/// Where an agent's estate comes from: a fixture directory, live collectors, or both.
public protocol EstateProvider: Sendable {
    /// Reads the estate as of `now`.
    func provide(now: Date) async -> ProvidedEstate
}

/// Serves a fixture directory, re-read (and its relative times re-anchored) at every refresh.
public struct FixtureProvider: EstateProvider {
    public let directory: URL

    /// A provider for `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    public func provide(now: Date) async -> ProvidedEstate {
        let started = ContinuousClock.now
        let load = FixtureDirectory.load(directory: directory, now: now)
        let errors = load.errors
        let state: CollectorStatus.State = load.files.isEmpty ? .failed : (errors.isEmpty ? .ok : .partial)
        let status = CollectorStatus(
            name: "fixtures", kind: "fixtures", state: state,
            error: load.files.isEmpty ? "no fixture files in \(directory.path)" : errors.first?.description,
            collectedAt: now, durationSeconds: (ContinuousClock.now - started).seconds
        )
        return ProvidedEstate(estate: load.estate, collectors: [status], issues: load.issues)
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
