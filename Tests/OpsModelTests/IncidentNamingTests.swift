import Foundation
import OpsModel
import Testing

@Suite struct IncidentNamingTests {
    static let now = Date(timeIntervalSince1970: 1_795_770_000) // 2026-11-27T09:00:00Z

    @Test func theEstatesOpenIncidentIsResumedWorstFirst() {
        let incidents = [
            Incident(id: "INC-2", environmentID: "prod", severity: 3, title: "slow", openedAt: Self.now.addingTimeInterval(-600)),
            Incident(id: "INC-1", environmentID: "prod", severity: 1, title: "down", openedAt: Self.now.addingTimeInterval(-60)),
            Incident(id: "INC-0", environmentID: "prod", severity: 1, title: "old", openedAt: Self.now.addingTimeInterval(-9000), resolvedAt: Self.now.addingTimeInterval(-8000)),
        ]
        let opening = IncidentNaming.opening(environmentID: "prod", incidents: incidents, at: Self.now)
        #expect(opening.id == "INC-1")
        #expect(opening.title == "down")
    }

    @Test func otherwiseANewIdFromTheEnvironmentAndTheUTCMinute() {
        let opening = IncidentNaming.opening(environmentID: "dev-eu", incidents: [], at: Self.now)
        #expect(opening.id == "dev-eu-20261127-0900")
        #expect(opening.title == nil)
    }
}
