import Foundation

/// JSON shapes of the Prometheus HTTP API, as far as opsdeck reads them.
enum PrometheusDocument {
    struct Envelope<Payload: Decodable>: Decodable {
        let status: String
        let data: Payload?
        let errorType: String?
        let error: String?
        let warnings: [String]?

        /// The data of a success, or the API error of an error body.
        func payload() throws -> Payload {
            if status != "success" {
                throw PrometheusAPIError(errorType: errorType ?? status, error: error ?? "no error message")
            }
            guard let data else { throw ParseError(source: PrometheusAPI.source, field: "data", problem: "missing") }
            return data
        }
    }

    struct QueryData: Decodable {
        let resultType: String
        let result: ResultShape

        enum ResultShape: Decodable {
            case series([Series])
            case point(Point)
            case text(TextPoint)

            init(from decoder: any Decoder) throws {
                // The shape depends on resultType, which the decoder cannot see here: try each shape.
                let container = try decoder.singleValueContainer()
                if let series = try? container.decode([Series].self) {
                    self = .series(series)
                } else if let point = try? container.decode(Point.self) {
                    self = .point(point)
                } else if let text = try? container.decode(TextPoint.self) {
                    self = .text(text)
                } else {
                    // Decode again to surface the most useful error (the series list shape).
                    self = .series(try container.decode([Series].self))
                }
            }
        }

        func queryResult() throws -> PrometheusQueryResult {
            switch (resultType, result) {
            case ("vector", .series(let series)): return .vector(series.map(\.series))
            case ("matrix", .series(let series)): return .matrix(series.map(\.series))
            case ("scalar", .point(let point)): return .scalar(point.value)
            case ("string", .text(let text)): return .string(time: text.time, value: text.value)
            case ("vector", _), ("matrix", _), ("scalar", _), ("string", _):
                throw ParseError(source: PrometheusAPI.source, field: "data.result", problem: "does not match resultType \(resultType)")
            default:
                throw ParseError(source: PrometheusAPI.source, field: "data.resultType", problem: "unknown result type \"\(resultType.prefix(32))\"")
            }
        }
    }

    struct Series: Decodable {
        let metric: [String: String]
        let value: Point?
        let values: [Point]?

        /// A vector element carries `value`, a matrix element `values`.
        var series: PrometheusSeries {
            if let value { return PrometheusSeries(metric: metric, samples: [value.value]) }
            return PrometheusSeries(metric: metric, samples: (values ?? []).map(\.value))
        }
    }

    /// `[<unix seconds>, "<value>"]`.
    struct Point: Decodable {
        let value: PrometheusSample

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            let seconds = try container.decode(Double.self)
            let text = try container.decode(String.self)
            guard let number = PrometheusDocument.number(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a sample value: \"\(text.prefix(32))\"")
            }
            value = PrometheusSample(time: Date(timeIntervalSince1970: seconds), value: number)
        }
    }

    /// `[<unix seconds>, "<string>"]`.
    struct TextPoint: Decodable {
        let time: Date
        let value: String

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            time = Date(timeIntervalSince1970: try container.decode(Double.self))
            value = try container.decode(String.self)
        }
    }

    struct AlertsData: Decodable {
        let alerts: [Alert]
    }

    struct Alert: Decodable {
        let labels: [String: String]?
        let annotations: [String: String]?
        let state: String?
        let activeAt: TimestampField?
        let value: String?

        var model: PrometheusRuleAlert {
            PrometheusRuleAlert(labels: labels ?? [:], annotations: annotations ?? [:], state: state ?? "", activeAt: activeAt?.date, value: value.flatMap(PrometheusDocument.number))
        }
    }

    /// Prometheus' float text: decimal, exponent, `NaN`, `+Inf`, `-Inf`.
    static func number(_ text: String) -> Double? {
        switch text {
        case "NaN": return .nan
        case "+Inf", "Inf": return .infinity
        case "-Inf": return -.infinity
        default: return Double(text)
        }
    }
}
