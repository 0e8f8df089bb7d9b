/// The values `{{…}}` placeholders are filled with: one environment and, optionally, a component.
public struct PlaceholderContext: Sendable, Hashable {
    /// Values by placeholder key (`env.id`, `component.name`, …).
    public var values: [String: String]
    /// The environment the values come from, if any (shown next to the filled runbook).
    public var environmentID: String?
    /// The component the `component.*` values come from, if any.
    public var componentID: String?

    /// Creates a context from raw values.
    public init(values: [String: String], environmentID: String? = nil, componentID: String? = nil) {
        self.values = values
        self.environmentID = environmentID
        self.componentID = componentID
    }

    /// No environment at hand: every placeholder is missing.
    public static let empty = PlaceholderContext(values: [:])

    /// Every key a runbook may use; anything else is reported as missing.
    public static let knownKeys = [
        "env.id", "env.name", "env.namespace", "env.cluster", "env.region", "env.zone", "env.timeZone",
        "env.stage", "env.tier", "env.tenant", "env.odooVersion", "env.release",
        "component.id", "component.name", "component.kind", "component.version",
    ]

    /// The values of an environment and (optionally) one of its components.
    public init(environment: Environment?, component: Component? = nil) {
        var values: [String: String] = [:]
        if let environment {
            values["env.id"] = environment.id
            values["env.name"] = environment.name
            values["env.namespace"] = environment.namespace
            values["env.cluster"] = environment.cluster
            values["env.region"] = environment.region
            values["env.zone"] = environment.zone
            values["env.timeZone"] = environment.timeZone
            values["env.stage"] = environment.stage.rawValue
            values["env.tier"] = environment.tier.rawValue
            values["env.tenant"] = environment.tenantID
            values["env.odooVersion"] = environment.odooVersion
            values["env.release"] = environment.release?.version
        }
        if let component {
            values["component.id"] = component.id
            values["component.name"] = component.name
            values["component.kind"] = component.kind.rawValue
            values["component.version"] = component.version
        }
        self.init(values: values, environmentID: environment?.id, componentID: component?.id)
    }

    /// The value for a key, nil when unknown, unavailable or empty (an empty value is missing, never blank).
    public func value(for key: String) -> String? {
        guard let value = values[key], !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return value
    }
}
