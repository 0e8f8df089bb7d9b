/// A scope prepared for matching thousands of environments: sets instead of array scans.
struct ScopeMatcher: Sendable {
    private let all: Bool
    private let environmentIDs: Set<String>
    private let tiers: Set<Tier>
    private let stages: Set<Stage>
    private let tenantIDs: Set<String>
    private let tags: Set<String>

    init(_ scope: Scope) {
        all = scope.all
        environmentIDs = Set(scope.environmentIDs)
        tiers = Set(scope.tiers)
        stages = Set(scope.stages)
        tenantIDs = Set(scope.tenantIDs)
        tags = Set(scope.tags)
    }

    /// The same answer as `Scope.matches(_:)`.
    func matches(_ environment: Environment) -> Bool {
        if all || environmentIDs.contains(environment.id) || tiers.contains(environment.tier)
            || stages.contains(environment.stage) || tenantIDs.contains(environment.tenantID) {
            return true
        }
        if tags.isEmpty { return false }
        for tag in environment.tags where tags.contains(tag) { return true }
        return false
    }
}
