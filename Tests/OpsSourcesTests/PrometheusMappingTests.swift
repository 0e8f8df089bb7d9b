import Foundation
import Testing
import OpsModel
@testable import OpsSources

/// Prometheus and Alertmanager answers mapped onto signals and alerts, on the real 2.42 / 0.25 samples.
@Suite struct PrometheusMappingTests {
    /// Ten seconds after the instant query was answered (1795345384.5).
    static let now = Date(timeIntervalSince1970: 1_795_345_394.5)

    /// `up` of one scrape target: 1 is up, 0 is down (crit at or below 0, warn at or below 0.5).
    static func up(job: String?) -> PrometheusSignalDefinition {
        PrometheusSignalDefinition(
            key: "target.up", name: "Scrape target up", unit: "", environmentID: "realdata-capture", componentID: job ?? "all",
            thresholds: Thresholds(warn: 0.5, crit: 0, direction: .below), processes: [.orderCapture],
            seriesLabels: job.map { ["job": $0] } ?? [:]
        )
    }

    static func body(_ path: String) throws -> Data { try FixtureFiles.data(path) }

    @Test func instantAndRangeOfADownTarget() throws {
        let signal = PrometheusSignalMapping.signal(Self.up(job: "odoo"), instantBody: try Self.body("prometheus/query_up.json"), rangeBody: try Self.body("prometheus/query_range_up_5m_15s.json"))
        #expect(signal.error == nil)
        // 21 range samples (5 minutes at 15 s) and the instant one half a second after the last.
        #expect(signal.samples.count == 22)
        #expect(signal.samples.first?.time == Date(timeIntervalSince1970: 1_795_345_084))
        #expect(signal.latest == Sample(time: Date(timeIntervalSince1970: 1_795_345_384.5), value: 0))
        #expect(signal.environmentID == "realdata-capture" && signal.componentID == "odoo" && signal.processes == [.orderCapture])
        let verdict = SignalAssessment.assess(signal, now: Self.now)
        #expect(verdict.status == .crit)
        #expect(verdict.age == 10)
        // Down for the whole range: it was already bad at the first sample on hand.
        #expect(SignalAssessment.turnedBadAt(signal) == Date(timeIntervalSince1970: 1_795_345_084))
    }

    @Test func healthyTargetIsOK() throws {
        let signal = PrometheusSignalMapping.signal(Self.up(job: "postgres"), instantBody: try Self.body("prometheus/query_up.json"), rangeBody: try Self.body("prometheus/query_range_up_5m_15s.json"))
        #expect(SignalAssessment.assess(signal, now: Self.now).status == .ok)
        #expect(signal.samples.allSatisfy { $0.value == 1 })
    }

    @Test func staleAnswerIsUnknownWithItsAge() throws {
        let signal = PrometheusSignalMapping.signal(Self.up(job: "postgres"), instantBody: try Self.body("prometheus/query_up.json"))
        let verdict = SignalAssessment.assess(signal, now: Self.now.addingTimeInterval(600))
        #expect(verdict.status == .unknown)
        #expect(verdict.isStale && verdict.age == 610)
    }

    @Test func errorBodyIsUnknownWithTheServerMessage() throws {
        let signal = PrometheusSignalMapping.signal(Self.up(job: "odoo"), instantBody: try Self.body("prometheus/error_bad_promql.json"), rangeBody: try Self.body("prometheus/query_range_up_5m_15s.json"))
        #expect(signal.error == #"prometheus bad_data: invalid parameter "query": 1:14: parse error: unexpected end of input inside braces"#)
        // The history is kept, so the screen shows the last value and how old it is.
        #expect(signal.samples.count == 21)
        let verdict = SignalAssessment.assess(signal, now: Self.now)
        #expect(verdict.status == .unknown)
        #expect(verdict.note == signal.error)
        #expect(verdict.age == 10.5)
    }

    @Test func bothQueriesFailingLeavesNoValue() throws {
        let error = try Self.body("prometheus/error_bad_promql.json")
        let signal = PrometheusSignalMapping.signal(Self.up(job: "odoo"), instantBody: error, rangeBody: error)
        #expect(signal.samples.isEmpty)
        let verdict = SignalAssessment.assess(signal, now: Self.now)
        #expect(verdict.status == .unknown && verdict.value == nil && verdict.note?.hasPrefix("prometheus bad_data") == true)
    }

    @Test func rangeFailureOnlyShortensTheSparkline() throws {
        let signal = PrometheusSignalMapping.signal(Self.up(job: "odoo"), instantBody: try Self.body("prometheus/query_up.json"), rangeBody: try Self.body("prometheus/error_bad_promql.json"))
        #expect(signal.error == nil && signal.samples.count == 1)
        #expect(SignalAssessment.assess(signal, now: Self.now).status == .crit)
    }

    @Test func seriesSelectionMustPickExactlyOne() throws {
        let body = try Self.body("prometheus/query_up.json")
        let ambiguous = PrometheusSignalMapping.signal(Self.up(job: nil), instantBody: body)
        #expect(ambiguous.error == "6 series match {} for target.up; add labels to pick one")
        let missing = PrometheusSignalMapping.signal(Self.up(job: "mysql"), instantBody: body)
        #expect(missing.error == #"no series matches {job="mysql"} for target.up"#)
        #expect(SignalAssessment.assess(missing, now: Self.now).status == .unknown)
    }

    @Test func unreadableAndNonFiniteAnswersAreErrors() {
        let garbage = PrometheusSignalMapping.signal(Self.up(job: "odoo"), instantBody: Data("<html>502 Bad Gateway</html>".utf8))
        #expect(garbage.error == "prometheus: not valid JSON")
        let nan = PrometheusSignalMapping.signal(Self.up(job: nil), instantBody: Data(#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1795345384.5,"NaN"]}]}}"#.utf8))
        #expect(nan.error == "prometheus returned NaN for target.up")
        #expect(SignalAssessment.assess(nan, now: Self.now).status == .unknown)
        let scalar = PrometheusSignalMapping.signal(Self.up(job: nil), instantBody: Data(#"{"status":"success","data":{"resultType":"scalar","result":[1795345384.5,"1"]}}"#.utf8))
        #expect(scalar.error == nil && scalar.latest?.value == 1)
    }

    @Test func alertmanagerAlertsTiedToEnvironments() throws {
        let parsed = try AlertmanagerAPI.parseAlerts(try Self.body("alertmanager/alerts.json"))
        let alerts = AlertmanagerAlertMapping.alerts(parsed, knownEnvironments: ["realdata-capture"])
        #expect(alerts.count == parsed.count)
        #expect(alerts.allSatisfy { alert in alert.environmentID == "realdata-capture" })
        // Silenced alerts are kept (shown as silenced) but sort after the ones that page.
        let firstSilenced = try #require(alerts.firstIndex { $0.isSuppressed })
        #expect(alerts[firstSilenced...].allSatisfy { $0.isSuppressed })
        #expect(alerts.contains { $0.runbookURL == "https://runbooks.example/odoo/db-replication" })
        let unknown = AlertmanagerAlertMapping.alerts(parsed, knownEnvironments: ["prod-de-nordkauf"])
        #expect(unknown.allSatisfy { $0.environmentID.isEmpty })
    }

    @Test func prometheusRuleAlertsOnlyWhenFiring() throws {
        let rules = try PrometheusAPI.parseAlerts(try Self.body("prometheus/alerts.json"))
        let firing = AlertmanagerAlertMapping.firing(rules)
        #expect(firing.count == 7)
        #expect(firing.first?.status == .crit)
        #expect(firing.contains { $0.name == "TargetDown" && $0.runbookURL == "https://runbooks.example/odoo/target-down" })
    }
}
