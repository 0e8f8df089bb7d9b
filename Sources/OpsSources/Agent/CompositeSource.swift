import Foundation
import OpsModel

/// Several sources shown as one estate: each loads concurrently, the results merge.
public struct CompositeSource: DataSource {
    public let sources: [any DataSource]
    public let name: String

    /// A composite of `sources`, in the order their data should win conflicts.
    public init(sources: [any DataSource], name: String? = nil) {
        self.sources = sources
        self.name = name ?? sources.map(\.name).joined(separator: " + ")
    }

    public func load(now: Date) async -> SourceSnapshot {
        let snapshots = await withTaskGroup(of: (Int, SourceSnapshot).self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask { (index, await source.load(now: now)) }
            }
            var collected: [(Int, SourceSnapshot)] = []
            for await result in group { collected.append(result) }
            return collected.sorted { $0.0 < $1.0 }.map(\.1)
        }
        let merged = EstateMerge.merge(snapshots.map { EstateMerge.Part(origin: $0.sourceName, estate: $0.estate) })
        return SourceSnapshot(
            sourceName: name, estate: merged.estate,
            issues: snapshots.flatMap(\.issues) + merged.issues,
            // The oldest part sets the age on screen: a fresh part must not make stale ones look new.
            loadedAt: snapshots.map(\.loadedAt).min() ?? now
        )
    }
}
