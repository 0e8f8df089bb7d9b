import Foundation
import OpsModel

/// Turns Prometheus answers (an instant query for the value, a range query for the sparkline) into a `Signal`.
///
/// Whatever goes wrong ends as a signal with `error` set, never as a missing signal: the screen
/// then shows it `unknown` with the reason and the age of the last value it still has.
/// - The instant answer gives the current value; the range answer gives the history before it
///   (a range sample at the same instant is replaced by the instant one).
/// - An error body (`"status":"error"`), an unreadable answer, no matching series, several
///   matching series, or a non-finite latest value (`NaN`, `±Inf`) sets `error`.
/// - A failed range query alone does not: the value is still current, only the sparkline is
///   shorter. Server warnings (partial results) are not errors either.
public enum PrometheusSignalMapping {
    /// Maps parsed answers (or the errors thrown while parsing them).
    public static func signal(
        _ definition: PrometheusSignalDefinition,
        instant: Result<PrometheusQueryResponse, any Error>,
        range: Result<PrometheusQueryResponse, any Error>? = nil
    ) -> Signal {
        var history: [Sample] = []
        if case .success(let response)? = range, case .success(let series) = pick(response.result, definition) {
            history = series.samples.map(\.modelSample)
        }
        var signal = definition.emptySignal()
        switch instant {
        case .failure(let error):
            signal.samples = SampleSeries(history)
            signal.error = describe(error)
        case .success(let response):
            switch pick(response.result, definition) {
            case .failure(let problem):
                signal.samples = SampleSeries(history)
                signal.error = problem.message
            case .success(let series):
                signal.samples = SampleSeries(merge(history: history, current: series.samples.map(\.modelSample)))
                if let latest = signal.latest, !latest.value.isFinite {
                    signal.error = "prometheus returned \(latest.value.isNaN ? "NaN" : "an infinite value") for \(definition.key)"
                }
            }
        }
        return signal
    }

    /// Parses and maps raw response bodies, as an agent or fixture would hand them over.
    public static func signal(_ definition: PrometheusSignalDefinition, instantBody: Data, rangeBody: Data? = nil) -> Signal {
        signal(
            definition,
            instant: Result { try PrometheusAPI.parseQuery(instantBody) },
            range: rangeBody.map { body in Result { try PrometheusAPI.parseQuery(body) } }
        )
    }

    /// Why a series could not be picked.
    struct PickProblem: Error {
        var message: String
    }

    /// The one series matching the definition's labels; a scalar answer counts as one unlabelled series.
    static func pick(_ result: PrometheusQueryResult, _ definition: PrometheusSignalDefinition) -> Result<PrometheusSeries, PickProblem> {
        switch result {
        case .scalar(let sample):
            return .success(PrometheusSeries(metric: [:], samples: [sample]))
        case .string:
            return .failure(PickProblem(message: "prometheus answered a string, not a number, for \(definition.key)"))
        case .vector(let all), .matrix(let all):
            let matching = all.filter { series in definition.seriesLabels.allSatisfy { series.metric[$0.key] == $0.value } }
            switch matching.count {
            case 1: return .success(matching[0])
            case 0: return .failure(PickProblem(message: "no series matches \(definition.selectorText) for \(definition.key)"))
            default: return .failure(PickProblem(message: "\(matching.count) series match \(definition.selectorText) for \(definition.key); add labels to pick one"))
            }
        }
    }

    /// History strictly before the first current sample, then the current samples.
    static func merge(history: [Sample], current: [Sample]) -> [Sample] {
        guard let first = current.first else { return history }
        return history.filter { $0.time < first.time } + current
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? PrometheusAPIError { return error.description }
        if let error = error as? ParseError { return error.description }
        return "prometheus: \(error)"
    }
}
