import Foundation
import OpsModel

/// Decoders of the trading calendar: freeze windows, approvals and planned releases.
enum CalendarFixtures {
    static func scope(_ reader: NodeReader) -> Scope {
        let scope = Scope(
            environmentIDs: reader.strings("envs"),
            tiers: reader.choices("tiers", Tier.self),
            stages: reader.choices("stages", Stage.self),
            tenantIDs: reader.strings("tenants"),
            tags: reader.strings("tags"),
            all: reader.bool("all", fallback: false)
        )
        reader.finish()
        return scope
    }

    static func window(_ reader: NodeReader) -> FreezeWindow? {
        let id = reader.string("id")
        let name = reader.string("name", required: false)
        let kind = reader.choice("kind", WindowKind.self)
        let scope = reader.nested("scope").map(scope)
        if scope == nil { reader.fail("scope", "missing (use all: true to cover every environment)") }
        let reason = reader.string("reason", required: false) ?? ""
        let owner = reader.string("owner", required: false) ?? ""
        let schedule = self.schedule(reader)
        reader.finish()
        guard let id, let kind, let scope, let schedule, !reader.failed else { return nil }
        let window = FreezeWindow(id: id, name: name ?? id, kind: kind, scope: scope, reason: reason, owner: owner, schedule: schedule)
        // Cron fields, zones and end-before-start are the calendar's own rules: report them where they were written.
        let problems = window.validate()
        for problem in problems {
            let key = fixtureKey(for: problem.field, schedule: schedule)
            reader.fail(key, "window \"\(id)\": \(problem.message)", at: reader.node(key))
        }
        return problems.isEmpty ? window : nil
    }

    /// The fixture key a calendar validation field was written under.
    private static func fixtureKey(for field: String, schedule: WindowSchedule) -> String {
        switch (field, schedule) {
        case ("end", .local): return "endLocal"
        case ("start", .local): return "startLocal"
        case (let field, .recurring) where CronField(rawValue: field) != nil: return "cron"
        default: return field
        }
    }

    /// One of: `start`/`end` instants; `startLocal`/`endLocal` + `zone`; `cron` + `duration` + `zone`.
    private static func schedule(_ reader: NodeReader) -> WindowSchedule? {
        if reader.node("cron") != nil {
            let cron = reader.string("cron")
            let duration = reader.duration("duration")
            let zone = reader.string("zone")
            guard let cron, let duration, let zone else { return nil }
            return .recurring(cron: cron, duration: duration, zone: zone)
        }
        if reader.node("startLocal") != nil {
            let startText = reader.string("startLocal")
            let endText = reader.string("endLocal")
            let zone = reader.string("zone")
            let start = startText.flatMap(FixtureTime.localDateTime)
            let end = endText.flatMap(FixtureTime.localDateTime)
            if startText != nil, start == nil { reader.fail("startLocal", "expected a local date-time like 2026-11-27T00:00", at: reader.node("startLocal")) }
            if endText != nil, end == nil { reader.fail("endLocal", "expected a local date-time like 2026-11-28T00:00", at: reader.node("endLocal")) }
            guard let start, let end, let zone else { return nil }
            return .local(start: start, end: end, zone: zone)
        }
        if reader.node("start") != nil {
            let start = reader.instant("start")
            let end = reader.instant("end")
            guard let start, let end else { return nil }
            return .instants(start: start, end: end)
        }
        reader.fail("schedule", "missing: give start/end, startLocal/endLocal/zone, or cron/duration/zone")
        return nil
    }

    static func approval(_ reader: NodeReader) -> Approval? {
        let id = reader.string("id")
        let approver = reader.string("approver")
        let approvedAt = reader.instant("approvedAt", required: false)
        let environmentID = reader.string("env")
        let windowID = reader.string("window", required: false)
        let validFrom = reader.instant("validFrom")
        let validUntil = reader.instant("validUntil")
        let note = reader.string("note", required: false)
        reader.finish()
        guard let id, let approver, let environmentID, let validFrom, let validUntil, !reader.failed else { return nil }
        if validUntil <= validFrom {
            reader.fail("validUntil", "must be after validFrom")
            return nil
        }
        return Approval(id: id, approver: approver, approvedAt: approvedAt ?? validFrom, environmentID: environmentID, windowID: windowID, validFrom: validFrom, validUntil: validUntil, note: note)
    }

    static func release(_ reader: NodeReader) -> PlannedRelease? {
        let id = reader.string("id")
        let environmentID = reader.string("env")
        let version = reader.string("version")
        let start = reader.instant("start")
        let duration = reader.duration("duration", required: false) ?? 3600
        let owner = reader.string("owner", required: false) ?? ""
        let risk = reader.string("risk", required: false) ?? "medium"
        let migration = reader.bool("migration", fallback: false)
        let rollback = reader.string("rollback", required: false) ?? ""
        reader.finish()
        guard let id, let environmentID, let version, let start, !reader.failed else { return nil }
        return PlannedRelease(id: id, environmentID: environmentID, version: version, plannedStart: start, duration: duration, owner: owner, risk: risk, databaseMigration: migration, rollbackPlan: rollback)
    }
}
