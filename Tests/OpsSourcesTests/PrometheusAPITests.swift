import Foundation
import Testing
@testable import OpsSources

/// Prometheus HTTP API answers: the real 2.42 samples and hand-written shapes.
@Suite struct PrometheusAPITests {
    @Test func instantVectorSample() throws {
        let response = try PrometheusAPI.parseQuery(try FixtureFiles.data("prometheus/query_up.json"))
        guard case .vector(let series) = response.result else {
            Issue.record("expected a vector")
            return
        }
        #expect(series.count == 6)
        let odoo = try #require(series.first { $0.metric["job"] == "odoo" })
        #expect(odoo.metric["instance"] == "127.0.0.1:18069")
        #expect(odoo.metric["__name__"] == "up")
        #expect(odoo.samples == [PrometheusSample(time: Date(timeIntervalSince1970: 1_795_345_384.5), value: 0)])
        #expect(series.filter { $0.latest?.value == 1 }.count == 5)
        #expect(response.warnings.isEmpty)
    }

    @Test func rangeMatrixSample() throws {
        let response = try PrometheusAPI.parseQuery(try FixtureFiles.data("prometheus/query_range_up_5m_15s.json"))
        guard case .matrix(let series) = response.result else {
            Issue.record("expected a matrix")
            return
        }
        #expect(series.count == 6)
        for one in series {
            #expect(one.samples.count == 21)
            #expect(one.samples.first?.time == Date(timeIntervalSince1970: 1_795_345_084))
            #expect(one.samples.last?.time == Date(timeIntervalSince1970: 1_795_345_384))
        }
        let postgres = try #require(series.first { $0.metric["job"] == "postgres" })
        #expect(postgres.metric["cluster"] == "odoo")
        #expect(postgres.samples.map(\.modelSample.value).allSatisfy { $0 == 1 })
    }

    @Test func errorBodyBecomesAnAPIError() throws {
        let data = try FixtureFiles.data("prometheus/error_bad_promql.json")
        #expect(throws: PrometheusAPIError(errorType: "bad_data", error: #"invalid parameter "query": 1:14: parse error: unexpected end of input inside braces"#)) {
            try PrometheusAPI.parseQuery(data)
        }
        #expect(throws: PrometheusAPIError.self) { try PrometheusAPI.parseAlerts(data) }
    }

    @Test func prometheusOwnAlertsSample() throws {
        let alerts = try PrometheusAPI.parseAlerts(try FixtureFiles.data("prometheus/alerts.json"))
        #expect(alerts.count == 12)
        #expect(alerts.filter { $0.state == "firing" }.count == 7)
        #expect(alerts.filter { $0.state == "pending" }.count == 5)
        let down = try #require(alerts.first { $0.labels["alertname"] == "TargetDown" })
        #expect(down.value == 0)
        #expect(down.annotations["runbook_url"] == "https://runbooks.example/odoo/target-down")
        let activeAt = try #require(down.activeAt)
        #expect(abs(activeAt.timeIntervalSince1970 - 1_795_344_539.049_905_609) < 0.000_01)
        let model = try #require(down.alert())
        #expect(model.name == "TargetDown" && model.severity == "critical" && model.summary == "Target odoo on 127.0.0.1:18069 is down")
        #expect(model.environmentID == "")
    }

    @Test func scalarStringWarningsAndSpecialValues() throws {
        let scalar = try PrometheusAPI.parseQuery(Data(#"{"status":"success","data":{"resultType":"scalar","result":[1795345384.5,"+Inf"]},"warnings":["partial"]}"#.utf8))
        #expect(scalar.result == .scalar(PrometheusSample(time: Date(timeIntervalSince1970: 1_795_345_384.5), value: .infinity)))
        #expect(scalar.warnings == ["partial"])
        let text = try PrometheusAPI.parseQuery(Data(#"{"status":"success","data":{"resultType":"string","result":[1,"hello"]}}"#.utf8))
        #expect(text.result == .string(time: Date(timeIntervalSince1970: 1), value: "hello"))
        let nan = try PrometheusAPI.parseQuery(Data(#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"NaN"]},{"metric":{},"value":[1,"-Inf"]},{"metric":{},"value":[1,"1.5e+03"]}]}}"#.utf8))
        let values = nan.result.series.compactMap(\.latest?.value)
        #expect(values.count == 3 && values[0].isNaN && values[1] == -.infinity && values[2] == 1500)
        let empty = try PrometheusAPI.parseQuery(Data(#"{"status":"success","data":{"resultType":"vector","result":[]}}"#.utf8))
        #expect(empty.result == .vector([]))
    }

    @Test func malformedAnswersNameTheField() {
        func field(_ json: String) -> String? {
            do {
                _ = try PrometheusAPI.parseQuery(Data(json.utf8))
                return nil
            } catch let error as ParseError {
                return error.field
            } catch {
                return "not a ParseError: \(error)"
            }
        }
        #expect(field(#"{"status":"success"}"#) == "data")
        #expect(field(#"{"status":"success","data":{"resultType":"histogram","result":[]}}"#) == "data.resultType")
        #expect(field(#"{"status":"success","data":{"resultType":"scalar","result":[]}}"#) == "data.result")
        #expect(field(#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"one"]}]}}"#)?.hasPrefix("data.result") == true)
        #expect(field("<html>502 Bad Gateway</html>") == "")
        #expect(field(#"{"data":{}}"#) == "status")
        // An error body without details still reads as an API error.
        #expect(throws: PrometheusAPIError(errorType: "error", error: "no error message")) { try PrometheusAPI.parseQuery(Data(#"{"status":"error"}"#.utf8)) }
    }

    @Test func truncatedAnswersNeverCrash() throws {
        let original = try FixtureFiles.data("prometheus/query_range_up_5m_15s.json")
        for length in stride(from: 0, to: original.count, by: 13) {
            #expect(throws: ParseError.self) { try PrometheusAPI.parseQuery(original.prefix(length)) }
        }
    }
}
