import Testing
import OpsModel

extension CalendarSpec {
    @Suite("Scope matching")
    struct CalendarScopeTests {
        struct Case: Sendable, CustomTestStringConvertible {
            let label: String
            let scope: Scope
            let matches: Bool
            var testDescription: String { label }
        }

        /// acme-prod: tenant acme, production stage, core-production tier, tags eu and peak.
        static let subject = environment("acme-prod", tenant: "acme", stage: .production, tier: .coreProduction, tags: ["eu", "peak"])

        static let cases: [Case] = [
            Case(label: "all", scope: Scope(all: true), matches: true),
            Case(label: "empty scope matches nothing", scope: Scope(), matches: false),
            Case(label: "by id", scope: Scope(environmentIDs: ["other", "acme-prod"]), matches: true),
            Case(label: "other id", scope: Scope(environmentIDs: ["acme-dev"]), matches: false),
            Case(label: "by tier", scope: Scope(tiers: [.coreProduction]), matches: true),
            Case(label: "other tier", scope: Scope(tiers: [.nonProduction, .regionalProduction]), matches: false),
            Case(label: "by stage", scope: Scope(stages: [.production]), matches: true),
            Case(label: "other stage", scope: Scope(stages: [.staging]), matches: false),
            Case(label: "by tenant", scope: Scope(tenantIDs: ["acme"]), matches: true),
            Case(label: "other tenant", scope: Scope(tenantIDs: ["globex"]), matches: false),
            Case(label: "by tag", scope: Scope(tags: ["peak"]), matches: true),
            Case(label: "other tag", scope: Scope(tags: ["us"]), matches: false),
            Case(label: "kinds narrow together: tenant misses, tag hits", scope: Scope(tenantIDs: ["globex"], tags: ["eu"]), matches: false),
            Case(label: "kinds narrow together: tenant and stage both hit", scope: Scope(stages: [.production], tenantIDs: ["acme"]), matches: true),
            Case(label: "kinds narrow together: tenant hits, stage misses", scope: Scope(stages: [.development], tenantIDs: ["acme"]), matches: false),
            Case(label: "values within a kind are alternatives", scope: Scope(stages: [.staging, .production], tenantIDs: ["globex", "acme"]), matches: true),
            Case(label: "a listed id selects whatever the other selectors say", scope: Scope(environmentIDs: ["acme-prod"], tiers: [.nonProduction]), matches: true),
            Case(label: "all miss", scope: Scope(environmentIDs: ["x"], tiers: [.nonProduction], stages: [.dr], tenantIDs: ["globex"], tags: ["us"]), matches: false),
        ]

        @Test(arguments: cases)
        func matches(_ testCase: Case) {
            #expect(testCase.scope.matches(Self.subject) == testCase.matches)
            // The compiled form used by the verdicts must agree.
            #expect(compile(window("w", .freeze, recurring("0 0 * * *", hours: 1), scope: testCase.scope)).applies(to: Self.subject) == testCase.matches)
        }

        @Test func emptyScopeIsEmpty() {
            #expect(Scope().isEmpty)
            #expect(!Scope(all: true).isEmpty)
            #expect(!Scope(tags: ["eu"]).isEmpty)
        }
    }
}
