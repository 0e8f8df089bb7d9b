import Foundation
import OpsModel
import OpsSources

/// The release gate's calendar at scale: verdict and next allowed slot for 1,000 environments
/// under 200 freeze, soft-freeze and maintenance windows (recurring, DST zones, mixed scopes).
enum CalendarBenchmark {
    static let now = ISO8601.parse("2026-11-27T09:00:00Z")!

    static func run(_ context: BenchContext) throws {
        print("calendar: CompiledCalendar.evaluate + nextAllowedSlot, 200 windows x 1,000 environments, in process")
        let environments = makeEnvironments(1_000)
        let windows = makeWindows(200)
        let compile = MonotonicClock.nanoseconds()
        let calendar = CompiledCalendar(windows: windows)
        let compileMs = MonotonicClock.milliseconds(since: compile)
        var verdicts = Samples()
        var slots = Samples()
        var blocked = 0
        for _ in 0..<context.repeats(3, quick: 1) {
            let start = MonotonicClock.nanoseconds()
            for environment in environments {
                if calendar.evaluate(environment: environment, at: now, duration: 5400, approvals: []).decision != .allowed { blocked += 1 }
            }
            verdicts.add(MonotonicClock.milliseconds(since: start))
            let search = MonotonicClock.nanoseconds()
            for environment in environments {
                _ = calendar.nextAllowedSlot(environment: environment, from: now, duration: 5400, approvals: [], horizon: CompiledCalendar.defaultHorizon)
            }
            slots.add(MonotonicClock.milliseconds(since: search))
        }
        context.report.add("calendar", "verdict, 1,000 env x 200 windows", Format.ms(verdicts.median),
                           detail: "all environments, 90 min deploy; compile \(Format.ms(compileMs)); \(Format.summary(verdicts))")
        context.report.add("calendar", "next allowed slot, 1,000 env x 200 windows", Format.ms(slots.median),
                           detail: "90-day horizon; \(Format.summary(slots))")
    }

    static func makeEnvironments(_ count: Int) -> [Environment] {
        let zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Europe/Paris"]
        return (0..<count).map { index in
            Environment(
                id: "env-\(index)", name: "env-\(index)", tenantID: "tenant-\(index % 40)",
                stage: [.production, .staging, .development, .dr][index % 4],
                tier: [.coreProduction, .regionalProduction, .nonProduction][index % 3],
                tenancy: .multiTenant, region: "region-\(index % 7)", zone: "", timeZone: zones[index % zones.count],
                odooVersion: "17.0", release: nil, namespace: "ns-\(index)", cluster: "c-\(index % 9)", tags: index % 5 == 0 ? ["pci"] : []
            )
        }
    }

    /// A deterministic mix: peak freezes, month-end soft freezes, weekly maintenance, one-offs.
    static func makeWindows(_ count: Int) -> [FreezeWindow] {
        let zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney"]
        return (0..<count).map { index in
            let zone = zones[index % zones.count]
            let kind: WindowKind = [.freeze, .softFreeze, .maintenance, .freeze][index % 4]
            let scope: Scope
            switch index % 5 {
            case 0: scope = Scope(stages: [.production], tenantIDs: ["tenant-\(index % 40)"])
            case 1: scope = Scope(tiers: [.coreProduction])
            case 2: scope = Scope(environmentIDs: (0..<10).map { "env-\((index * 7 + $0 * 13) % 1_000)" })
            case 3: scope = Scope(tags: ["pci"])
            default: scope = Scope(stages: [.dr], tenantIDs: ["tenant-\((index + 3) % 40)"])
            }
            let schedule: WindowSchedule
            switch index % 4 {
            case 0: schedule = .recurring(cron: "0 0 \(1 + index % 28) \(1 + index % 12) *", duration: Double(2 + index % 20) * 86_400, zone: zone)
            case 1: schedule = .recurring(cron: "0 18 28 * *", duration: 4 * 86_400, zone: zone)
            case 2: schedule = .recurring(cron: "0 \(20 + index % 4) * * \(["TUE,THU", "MON", "SAT,SUN", "WED"][index % 4])", duration: 4 * 3600, zone: zone)
            default: schedule = .instants(start: now.addingTimeInterval(Double(index) * 3600), end: now.addingTimeInterval(Double(index) * 3600 + 86_400))
            }
            return FreezeWindow(id: "w\(index)", name: "window \(index)", kind: kind, scope: scope, reason: "bench", owner: "bench", schedule: schedule)
        }
    }
}
