import Foundation
import OpsModel

/// Merges the estates of several sources into one.
///
/// Lists are concatenated in source order. Things that are shared by nature (tenants, tier
/// policies, freeze windows, runbooks) keep the first of each id. An environment served twice
/// keeps the first copy and its data from other sources is dropped, with an issue naming both.
public enum EstateMerge {
    /// One estate part and where it came from (a URL or a name, for issues).
    public struct Part: Sendable {
        public var origin: String
        public var estate: Estate

        /// Creates a part.
        public init(origin: String, estate: Estate) {
            self.origin = origin
            self.estate = estate
        }
    }

    /// The merged estate and the conflicts found.
    public static func merge(_ parts: [Part]) -> (estate: Estate, issues: [FixtureIssue]) {
        guard parts.count != 1 else { return (parts[0].estate, []) }
        var merged = Estate()
        var issues: [FixtureIssue] = []
        var owners: [String: String] = [:]
        merged.name = parts.map(\.estate.name).first { !$0.isEmpty } ?? ""
        for part in parts {
            let estate = part.estate
            var accepted = Set<String>()
            for environment in estate.environments {
                if let owner = owners[environment.id] {
                    issues.append(FixtureIssue(path: part.origin, line: nil, field: "environments", message: "environment \(environment.id) is also served by \(owner); the copy from \(owner) is shown", severity: .warning))
                    continue
                }
                owners[environment.id] = part.origin
                accepted.insert(environment.id)
                merged.environments.append(environment)
            }
            // Data about environments this part does not own (or that no part describes) is kept
            // only when no other part owns them, so one agent cannot overwrite another's signals.
            let keep: (String) -> Bool = { id in accepted.contains(id) || owners[id] == nil }
            merged.signals += estate.signals.filter { keep($0.environmentID) }
            merged.changes += estate.changes.filter { keep($0.environmentID) }
            merged.incidents += estate.incidents.filter { keep($0.environmentID) }
            merged.alerts += estate.alerts.filter { keep($0.environmentID) }
            merged.approvals += estate.approvals.filter { keep($0.environmentID) }
            merged.releases += estate.releases.filter { keep($0.environmentID) }
            merged.backups += estate.backups.filter { keep($0.environmentID) }
            merged.restoreTests += estate.restoreTests.filter { keep($0.environmentID) }
            let tenantIDs = Set(merged.tenants.map(\.id))
            let tiers = Set(merged.tierPolicies.map(\.tier))
            let windowIDs = Set(merged.windows.map(\.id))
            let runbookIDs = Set(merged.runbooks.map(\.id))
            merged.tenants += estate.tenants.filter { !tenantIDs.contains($0.id) }
            merged.tierPolicies += estate.tierPolicies.filter { !tiers.contains($0.tier) }
            merged.windows += estate.windows.filter { !windowIDs.contains($0.id) }
            merged.runbooks += estate.runbooks.filter { !runbookIDs.contains($0.id) }
        }
        merged.changes.sort { $0.at > $1.at }
        return (merged, issues)
    }
}
