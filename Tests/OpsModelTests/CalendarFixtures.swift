import Foundation
import OpsModel

extension CalendarSpec {
    /// The little estate the verdict tests run against. All instants are UTC; Berlin is on CEST
    /// (+2) in July and August 2026, so 00:00Z reads 02:00 Europe/Berlin.
    enum CalendarFixtures {
        static let production = environment("acme-prod", stage: .production, tier: .coreProduction, tags: ["eu"])
        static let development = environment("acme-dev", stage: .development, tier: .nonProduction)
        /// Lives by a weekly maintenance window (tag `weekly-maintenance`).
        static let maintained = environment("shop-prod", tenant: "shop", stage: .production, tier: .regionalProduction, tags: ["weekly-maintenance"])
        /// Lives by one-off maintenance windows (tag `august-maintenance`).
        static let august = environment("mall-prod", tenant: "mall", stage: .production, tier: .regionalProduction, tags: ["august-maintenance"])

        static let productionOnly = Scope(stages: [.production])

        /// Hard freeze on production, 10 Jul 00:00Z – 12 Jul 00:00Z.
        static let quarterClose = window(
            "quarter-close", .freeze, between("2026-07-10T00:00:00Z", "2026-07-12T00:00:00Z"),
            name: "Quarter close", scope: productionOnly, reason: "quarter close", owner: "finance-ops"
        )
        /// Soft freeze on production, 20 Jul 00:00Z – 21 Jul 00:00Z.
        static let stockCount = window(
            "stock-count", .softFreeze, between("2026-07-20T00:00:00Z", "2026-07-21T00:00:00Z"),
            name: "Stock count", scope: productionOnly, reason: "annual inventory count", owner: "store-ops"
        )
        /// Tuesdays 22:00 Berlin for 4 h: in July that is 20:00Z – 00:00Z (Tue 7, 14, 21, 28 Jul).
        static let weeklyMaintenance = window(
            "weekly-maintenance", .maintenance, recurring("0 22 * * TUE", hours: 4),
            name: "Tuesday night", scope: Scope(tags: ["weekly-maintenance"]), reason: "agreed change window", owner: "shop-it"
        )
        /// One-off maintenance 1 Aug 00:00Z – 2 Aug 00:00Z.
        static let augustMaintenance = window(
            "august-maintenance", .maintenance, between("2026-08-01T00:00:00Z", "2026-08-02T00:00:00Z"),
            name: "August window", scope: Scope(tags: ["august-maintenance"]), reason: "agreed change window", owner: "mall-it"
        )
        /// Freeze inside the August maintenance window, 1 Aug 10:00Z – 12:00Z, on everything.
        static let augustFreeze = window(
            "august-freeze", .freeze, between("2026-08-01T10:00:00Z", "2026-08-01T12:00:00Z"),
            name: "Payment provider cut-over", scope: Scope(all: true), reason: "PSP migration", owner: "payments"
        )

        static func approval(
            _ id: String, environment: String = "acme-prod", window: String? = "stock-count", from: String, until: String
        ) -> Approval {
            Approval(
                id: id, approver: "Dana Ruiz", approvedAt: utc("2026-07-15T09:00:00Z"), environmentID: environment,
                windowID: window, validFrom: utc(from), validUntil: utc(until), note: "hotfix for till sync"
            )
        }
    }
}
