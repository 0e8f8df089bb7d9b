import Foundation
import OpsModel

/// A silence from Alertmanager's `/api/v2/silences`.
public struct AlertmanagerSilence: Sendable, Hashable {
    /// Silence id, as alerts quote it in `silencedBy`.
    public var id: String
    /// `active`, `pending` or `expired`.
    public var state: String
    /// Why the silence was created.
    public var comment: String
    /// Who created it.
    public var createdBy: String
    /// When it starts muting.
    public var startsAt: Date?
    /// When it stops muting.
    public var endsAt: Date?
    /// Matchers as `name=value`, `name=~regex`, `name!=value` or `name!~regex`.
    public var matchers: [String]

    /// Creates a silence value.
    public init(id: String, state: String, comment: String, createdBy: String, startsAt: Date?, endsAt: Date?, matchers: [String]) {
        self.id = id
        self.state = state
        self.comment = comment
        self.createdBy = createdBy
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.matchers = matchers
    }
}

/// Reads Alertmanager's v2 API (`/api/v2/alerts`, `/api/v2/silences`).
public enum AlertmanagerAPI {
    /// Picks the environment an alert belongs to from its labels.
    public typealias EnvironmentMapper = @Sendable ([String: String]) -> String?

    /// Name used in parse errors.
    public static let source = "alertmanager"

    /// Label `environment`, else `env`, else `namespace` (Kubernetes alerts carry only the namespace).
    public static let defaultEnvironment: EnvironmentMapper = { labels in
        labels["environment"] ?? labels["env"] ?? labels["namespace"]
    }

    /// The alerts, tied to environments by `environment`; an alert no label maps keeps an empty
    /// environment id rather than vanishing, so the screen can still show it as unassigned.
    public static func parseAlerts(_ data: Data, environment: EnvironmentMapper = defaultEnvironment) throws -> [Alert] {
        let alerts = try JSONInput.decode([AlertDocument].self, from: data, source: source)
        return alerts.map { document in
            let labels = document.labels ?? [:]
            let annotations = document.annotations ?? [:]
            let name = labels["alertname"] ?? "unnamed alert"
            return Alert(
                name: name,
                environmentID: environment(labels) ?? "",
                severity: labels["severity"] ?? "",
                summary: annotations["summary"] ?? annotations["description"] ?? name,
                startsAt: document.startsAt.date,
                silencedBy: document.status?.silencedBy ?? [],
                inhibitedBy: document.status?.inhibitedBy ?? [],
                runbookURL: annotations["runbook_url"],
                labels: labels
            )
        }
    }

    /// The silences, whatever their state.
    public static func parseSilences(_ data: Data) throws -> [AlertmanagerSilence] {
        let silences = try JSONInput.decode([SilenceDocument].self, from: data, source: source)
        return silences.map { document in
            AlertmanagerSilence(
                id: document.id, state: document.status?.state ?? "", comment: document.comment ?? "",
                createdBy: document.createdBy ?? "", startsAt: document.startsAt?.date, endsAt: document.endsAt?.date,
                matchers: (document.matchers ?? []).map(\.text)
            )
        }
    }

    private struct AlertDocument: Decodable {
        let labels: [String: String]?
        let annotations: [String: String]?
        let startsAt: TimestampField
        let status: AlertStatus?
    }

    private struct AlertStatus: Decodable {
        let state: String?
        let silencedBy: [String]?
        let inhibitedBy: [String]?
    }

    private struct SilenceDocument: Decodable {
        let id: String
        let status: SilenceStatus?
        let comment: String?
        let createdBy: String?
        let startsAt: TimestampField?
        let endsAt: TimestampField?
        let matchers: [Matcher]?
    }

    private struct SilenceStatus: Decodable {
        let state: String?
    }

    private struct Matcher: Decodable {
        let name: String
        let value: String
        let isRegex: Bool?
        let isEqual: Bool?

        var text: String {
            let equal = isEqual ?? true
            let regex = isRegex ?? false
            return name + (equal ? (regex ? "=~" : "=") : (regex ? "!~" : "!=")) + value
        }
    }
}

extension PrometheusRuleAlert {
    /// The alert as the model's `Alert`; Prometheus knows nothing of silences, so none are set.
    public func alert(environment: AlertmanagerAPI.EnvironmentMapper = AlertmanagerAPI.defaultEnvironment) -> Alert? {
        guard let activeAt else { return nil }
        let name = labels["alertname"] ?? "unnamed alert"
        return Alert(
            name: name, environmentID: environment(labels) ?? "", severity: labels["severity"] ?? "",
            summary: annotations["summary"] ?? annotations["description"] ?? name, startsAt: activeAt,
            runbookURL: annotations["runbook_url"], labels: labels
        )
    }
}
