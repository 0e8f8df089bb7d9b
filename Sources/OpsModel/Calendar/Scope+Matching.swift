extension Scope {
    /// Whether the scope selects an environment.
    ///
    /// `all` selects everything; a listed environment id always selects it. Otherwise the
    /// attribute selectors narrow together: every non-empty one of tiers, stages, tenants and
    /// tags must match (values within one list are alternatives). So `{tenants: [nordkauf],
    /// stages: [production]}` is Nordkauf's production only, never its development, which is
    /// how release managers write freeze scopes. An empty scope selects nothing.
    public func matches(_ environment: Environment) -> Bool {
        if all || environmentIDs.contains(environment.id) { return true }
        let hasAttributeSelector = !tiers.isEmpty || !stages.isEmpty || !tenantIDs.isEmpty || !tags.isEmpty
        guard hasAttributeSelector else { return false }
        return (tiers.isEmpty || tiers.contains(environment.tier))
            && (stages.isEmpty || stages.contains(environment.stage))
            && (tenantIDs.isEmpty || tenantIDs.contains(environment.tenantID))
            && (tags.isEmpty || environment.tags.contains(where: tags.contains))
    }

    /// Whether nothing is selected, so the window applies to no environment.
    public var isEmpty: Bool {
        !all && environmentIDs.isEmpty && tiers.isEmpty && stages.isEmpty && tenantIDs.isEmpty && tags.isEmpty
    }
}
