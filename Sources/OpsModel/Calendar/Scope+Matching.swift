extension Scope {
    /// Whether the scope selects an environment: `all`, or its id, tier, stage, tenant or any
    /// of its tags is listed. Selectors are alternatives (OR); an empty scope selects nothing.
    public func matches(_ environment: Environment) -> Bool {
        all
            || environmentIDs.contains(environment.id)
            || tiers.contains(environment.tier)
            || stages.contains(environment.stage)
            || tenantIDs.contains(environment.tenantID)
            || environment.tags.contains(where: tags.contains)
    }

    /// Whether nothing is selected, so the window applies to no environment.
    public var isEmpty: Bool {
        !all && environmentIDs.isEmpty && tiers.isEmpty && stages.isEmpty && tenantIDs.isEmpty && tags.isEmpty
    }
}
