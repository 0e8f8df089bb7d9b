import Foundation
import OpsModel

/// Helpers shared by the calendar suites, which are nested in this namespace so that the
/// short names (`utc`, `window`, …) cannot collide with other suites of the test target.
enum CalendarSpec {
    /// Parses a literal ISO-8601 UTC instant written in a test, e.g. `2026-03-29T01:00:00Z`.
    /// Foundation's parser is used on purpose: it checks the model's own date arithmetic.
    static func utc(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else { fatalError("bad test instant \(text)") }
        return date
    }

    /// Formats an instant as ISO-8601 UTC for readable expectations.
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static let hour: TimeInterval = 3600
    static let day: TimeInterval = 86_400

    /// An environment with only the fields scope matching reads.
    static func environment(
        _ id: String, tenant: String = "acme", stage: Stage = .production, tier: Tier = .coreProduction,
        tags: [String] = [], timeZone: String = "Europe/Berlin"
    ) -> Environment {
        Environment(
            id: id, name: id, tenantID: tenant, stage: stage, tier: tier, tenancy: .dedicated,
            region: "eu-central", zone: "eu-central-1a", timeZone: timeZone, odooVersion: "17.0",
            release: nil, namespace: id, cluster: "k8s-eu", tags: tags
        )
    }

    /// A window with a test-friendly default scope (everything), reason and owner.
    static func window(
        _ id: String, _ kind: WindowKind, _ schedule: WindowSchedule,
        name: String? = nil, scope: Scope = Scope(all: true), reason: String = "test reason", owner: String = "release-team"
    ) -> FreezeWindow {
        FreezeWindow(id: id, name: name ?? id, kind: kind, scope: scope, reason: reason, owner: owner, schedule: schedule)
    }

    /// A recurring window in a zone.
    static func recurring(_ cron: String, hours duration: Double, zone: String = "Europe/Berlin") -> WindowSchedule {
        .recurring(cron: cron, duration: duration * hour, zone: zone)
    }

    /// A one-off window between two literal UTC instants.
    static func between(_ start: String, _ end: String) -> WindowSchedule {
        .instants(start: utc(start), end: utc(end))
    }

    /// Compiles a window that the test knows is valid.
    static func compile(_ window: FreezeWindow) -> CompiledWindow {
        do {
            return try window.compiled()
        } catch {
            fatalError("test window should be valid: \(error)")
        }
    }
}
