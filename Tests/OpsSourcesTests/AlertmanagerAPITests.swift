import Foundation
import Testing
import OpsModel
@testable import OpsSources

/// Alertmanager v2 alerts and silences: the real 0.25 samples and hand-written labels.
@Suite struct AlertmanagerAPITests {
    @Test func alertsSampleWithSilences() throws {
        let alerts = try AlertmanagerAPI.parseAlerts(try FixtureFiles.data("alertmanager/alerts.json"))
        #expect(alerts.count == 6)
        #expect(alerts.allSatisfy { $0.environmentID == "realdata-capture" })

        let silenced = alerts.filter(\.isSuppressed)
        #expect(silenced.count == 1)
        #expect(silenced.first?.labels["job"] == "node")
        #expect(silenced.first?.silencedBy == ["337d82b6-7aaf-4c19-9941-d4f084cde278"])
        #expect(silenced.first?.inhibitedBy == [])

        let down = try #require(alerts.first { $0.name == "TargetDown" })
        #expect(down.severity == "critical")
        #expect(down.summary == "Target odoo on 127.0.0.1:18069 is down")
        #expect(down.runbookURL == "https://runbooks.example/odoo/target-down")
        #expect(down.startsAt == TimestampText.parse("2026-11-22T10:49:29.049Z"))
        #expect(!down.isSuppressed)
    }

    @Test func silencesSample() throws {
        let silences = try AlertmanagerAPI.parseSilences(try FixtureFiles.data("alertmanager/silences.json"))
        #expect(silences.count == 3)
        #expect(silences.filter { $0.state == "active" }.count == 2)
        let node = try #require(silences.first { $0.id == "337d82b6-7aaf-4c19-9941-d4f084cde278" })
        #expect(node.matchers == ["alertname=OdooDbReplicationTest", "job=node"])
        #expect(node.createdBy == "ops-oncall")
        #expect(node.endsAt == TimestampText.parse("2026-11-22T12:52:57.382Z"))
        let redis = try #require(silences.first { $0.id == "70cc58d5-4d14-4f14-93a4-f0dfdf0c245c" })
        #expect(redis.matchers.last == #"instance=~127\.0\.0\.1:.*"#)
    }

    @Test func environmentFromEnvironmentThenEnvThenNamespace() throws {
        let json = #"""
        [{"labels":{"alertname":"A","environment":"shop-prod","env":"x","namespace":"y"},"annotations":{"description":"only a description"},"startsAt":"2026-11-22T10:00:00Z","status":{"state":"active"}},
         {"labels":{"alertname":"B","namespace":"odoo-shop-staging"},"startsAt":"2026-11-22T10:00:00.5+01:00"},
         {"labels":{"alertname":"C"},"startsAt":"2026-11-22T10:00:00Z","status":{"inhibitedBy":["abc"]},"unknown":{"field":true}}]
        """#
        let alerts = try AlertmanagerAPI.parseAlerts(Data(json.utf8))
        #expect(alerts.map(\.environmentID) == ["shop-prod", "odoo-shop-staging", ""])
        #expect(alerts[0].summary == "only a description")
        #expect(alerts[1].startsAt == TimestampText.parse("2026-11-22T09:00:00.5Z"))
        #expect(alerts[1].severity == "")
        #expect(alerts[2].isSuppressed)
        #expect(alerts[2].summary == "C")

        let custom = try AlertmanagerAPI.parseAlerts(Data(json.utf8)) { labels in labels["alertname"].map { "env-" + $0 } }
        #expect(custom.map(\.environmentID) == ["env-A", "env-B", "env-C"])
    }

    @Test func badInputNamesTheField() {
        #expect(throws: ParseError(source: "alertmanager", field: "[0].startsAt", problem: "missing")) {
            try AlertmanagerAPI.parseAlerts(Data(#"[{"labels":{}}]"#.utf8))
        }
        #expect(throws: ParseError.self) { try AlertmanagerAPI.parseAlerts(Data(#"[{"startsAt":"yesterday"}]"#.utf8)) }
        #expect(throws: ParseError.self) { try AlertmanagerAPI.parseAlerts(Data(#"{"alerts":[]}"#.utf8)) }
        #expect(throws: ParseError.self) { try AlertmanagerAPI.parseSilences(Data("[{".utf8)) }
    }
}
