import Foundation
import OpsModel

/// An error body of the Prometheus HTTP API (`"status":"error"`), e.g. bad PromQL.
public struct PrometheusAPIError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `errorType`, e.g. `bad_data`, `timeout`, `execution`.
    public var errorType: String
    /// `error`: the server's message.
    public var error: String

    /// Creates an API error.
    public init(errorType: String, error: String) {
        self.errorType = errorType
        self.error = error
    }

    /// "prometheus bad_data: invalid parameter …".
    public var description: String { "prometheus \(errorType): \(error)" }
}

/// One timestamped value of a Prometheus series.
public struct PrometheusSample: Sendable, Hashable {
    /// Sample time.
    public var time: Date
    /// The value; Prometheus sends it as a string, and `NaN`, `+Inf`, `-Inf` are kept as such.
    public var value: Double

    /// Creates a sample.
    public init(time: Date, value: Double) {
        self.time = time
        self.value = value
    }

    /// The model's sample.
    public var modelSample: Sample { Sample(time: time, value: value) }
}

/// A series and its samples: one element of an instant vector (one sample) or of a range matrix.
public struct PrometheusSeries: Sendable, Hashable {
    /// Labels, including `__name__` when present.
    public var metric: [String: String]
    /// Samples, oldest first.
    public var samples: [PrometheusSample]

    /// Creates a series.
    public init(metric: [String: String], samples: [PrometheusSample]) {
        self.metric = metric
        self.samples = samples
    }

    /// The latest sample.
    public var latest: PrometheusSample? { samples.last }
}

/// The `data` of a query answer, by `resultType`.
public enum PrometheusQueryResult: Sendable, Hashable {
    /// `/api/v1/query`: one sample per series.
    case vector([PrometheusSeries])
    /// `/api/v1/query_range`: many samples per series.
    case matrix([PrometheusSeries])
    /// A scalar expression.
    case scalar(PrometheusSample)
    /// A string expression.
    case string(time: Date, value: String)

    /// The series of a vector or matrix; empty for scalars and strings.
    public var series: [PrometheusSeries] {
        switch self {
        case .vector(let series), .matrix(let series): return series
        case .scalar, .string: return []
        }
    }
}

/// A successful query answer and any warnings the server attached.
public struct PrometheusQueryResponse: Sendable, Hashable {
    /// The data, by result type.
    public var result: PrometheusQueryResult
    /// Warnings the server attached (e.g. partial results).
    public var warnings: [String]

    /// Creates a response.
    public init(result: PrometheusQueryResult, warnings: [String] = []) {
        self.result = result
        self.warnings = warnings
    }
}

/// An alert from Prometheus' own `/api/v1/alerts` (rule state, before Alertmanager).
public struct PrometheusRuleAlert: Sendable, Hashable {
    /// Alert labels, including `alertname`.
    public var labels: [String: String]
    /// Annotations such as `summary` and `runbook_url`.
    public var annotations: [String: String]
    /// `pending` or `firing`.
    public var state: String
    /// When the rule first matched.
    public var activeAt: Date?
    /// The expression value that made it fire.
    public var value: Double?

    /// Creates an alert value.
    public init(labels: [String: String], annotations: [String: String], state: String, activeAt: Date?, value: Double?) {
        self.labels = labels
        self.annotations = annotations
        self.state = state
        self.activeAt = activeAt
        self.value = value
    }
}

/// Reads answers of the Prometheus HTTP API (`/api/v1/query`, `/api/v1/query_range`, `/api/v1/alerts`).
public enum PrometheusAPI {
    /// Name used in parse errors.
    public static let source = "prometheus"

    /// A query or range-query answer; throws `PrometheusAPIError` for an error body, `ParseError` for anything unreadable.
    public static func parseQuery(_ data: Data) throws -> PrometheusQueryResponse {
        let envelope = try JSONInput.decode(PrometheusDocument.Envelope<PrometheusDocument.QueryData>.self, from: data, source: source)
        let payload = try envelope.payload()
        return PrometheusQueryResponse(result: try payload.queryResult(), warnings: envelope.warnings ?? [])
    }

    /// Prometheus' own alert list; throws `PrometheusAPIError` for an error body.
    public static func parseAlerts(_ data: Data) throws -> [PrometheusRuleAlert] {
        let envelope = try JSONInput.decode(PrometheusDocument.Envelope<PrometheusDocument.AlertsData>.self, from: data, source: source)
        return try envelope.payload().alerts.map(\.model)
    }
}
