import Foundation
import Testing
@testable import OpsModel

/// Freeze states judged once per group of environments the same windows select must be the ones
/// each environment gets when judged on its own, approvals and invalid windows included.
@Suite struct FreezeStatesTests {
    private typealias Spec = CalendarSpec

    private static let windows: [FreezeWindow] = [
        Spec.window("peak", .freeze, Spec.between("2026-11-26T00:00:00Z", "2026-11-30T00:00:00Z"), scope: Scope(tiers: [.coreProduction])),
        Spec.window("month-end", .softFreeze, Spec.between("2026-11-27T00:00:00Z", "2026-11-28T00:00:00Z"), scope: Scope(stages: [.production])),
        Spec.window("tenant-b", .freeze, Spec.between("2026-11-27T08:00:00Z", "2026-11-27T10:00:00Z"), scope: Scope(tenantIDs: ["b"])),
        Spec.window("berlin-maint", .maintenance, Spec.recurring("0 2 * * *", hours: 2), scope: Scope(tags: ["maint"])),
        Spec.window("one-env", .freeze, Spec.between("2026-11-27T07:00:00Z", "2026-11-27T09:30:00Z"), scope: Scope(environmentIDs: ["env-7"])),
        Spec.window("broken", .freeze, Spec.recurring("not a cron", hours: 1), scope: Scope(tags: ["broken"])),
    ]

    private static func environments() -> [Environment] {
        let tiers: [Tier] = [.coreProduction, .regionalProduction, .nonProduction]
        let stages: [Stage] = [.production, .staging, .test]
        // Two alike but for an approval one of them has.
        let twins = ["twin-approved", "twin-plain"].map { Spec.environment($0, tenant: "a", stage: .production, tier: .regionalProduction) }
        return twins + (0..<60).map { index in
            Spec.environment(
                "env-\(index)", tenant: ["a", "b", "c"][index % 3], stage: stages[(index / 3) % 3], tier: tiers[(index / 9) % 3],
                tags: [[], ["maint"], ["broken"], ["maint", "broken"]][(index / 2) % 4], timeZone: ["Europe/Berlin", "America/New_York"][index % 2]
            )
        }
    }

    @Test(arguments: ["2026-11-27T09:00:00Z", "2026-11-27T02:30:00Z", "2026-11-25T12:00:00Z", "2026-11-28T01:00:00Z"])
    func statesJudgedOncePerSelectionAreEachEnvironmentsOwn(instant: String) {
        let now = Spec.utc(instant)
        let calendar = CompiledCalendar(windows: Self.windows)
        #expect(!calendar.invalidWindows.isEmpty, "one window should be invalid")
        let approvals = [
            Approval(id: "ap-1", approver: "cab", approvedAt: now, environmentID: "env-0", windowID: "month-end",
                     validFrom: now.addingTimeInterval(-86_400), validUntil: now.addingTimeInterval(86_400)),
            Approval(id: "ap-2", approver: "cab", approvedAt: now, environmentID: "twin-approved", windowID: "month-end",
                     validFrom: now.addingTimeInterval(-86_400), validUntil: now.addingTimeInterval(86_400)),
            Approval(id: "ap-3", approver: "cab", approvedAt: now, environmentID: "env-12", windowID: nil,
                     validFrom: now.addingTimeInterval(-86_400), validUntil: now.addingTimeInterval(86_400)),
        ]
        let environments = Self.environments()
        let grouped = FreezeStates.now(environments: environments, calendar: calendar, approvals: approvals, at: now)
        let own = environments.map { FreezeEvaluation.now(environment: $0, calendar: calendar, approvals: approvals, at: now) }
        #expect(grouped == own)
        #expect(Set(own.map(\.state)).count > 1, "the instant should give more than one state")
    }
}
