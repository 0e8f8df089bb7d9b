import Foundation
import OpsModel
import TerminalUI

/// The drill-down of one environment: roll-ups with reasons, components, people, changes.
enum EnvironmentDetailView {
    static func render(_ state: AppState, environmentID: String, in rect: Rect, buffer: inout Buffer) {
        guard let overview = state.overview, let row = overview.row(environmentID) else {
            _ = buffer.put("Environment \(environmentID) is no longer in the estate (Esc goes back).", x: rect.x + 1, y: rect.y + 1, style: Style(role: .statusWarn))
            return
        }
        let lines = self.lines(row: row, estate: state.estate, overview: overview, zone: state.viewerZone, glyphs: state.glyphs, width: rect.width)
        let maxScroll = max(0, lines.count - rect.height)
        TextView(lines: lines, scrollOffset: min(state.environments.detailScroll, maxScroll), wraps: false, glyphs: state.glyphs)
            .render(in: rect, buffer: &buffer)
    }

    /// The detail as styled lines, wrapped to `width`.
    static func lines(row: EnvironmentOverview, estate: Estate, overview: EstateOverview, zone: TimeZone, glyphs: GlyphSet, width: Int) -> [StyledLine] {
        let environment = row.environment
        let now = overview.now
        let policy = estate.policy(for: environment.tier)
        let dim = Style(role: .textDim)
        let heading = Style(role: .title, attributes: .bold)
        var lines: [StyledLine] = []
        func wrapped(_ line: StyledLine) { lines += line.wrapped(toWidth: max(10, width - 1)) }
        func section(_ title: String) {
            lines.append("")
            lines.append(StyledLine([Span(title, style: heading)]))
        }

        lines.append(StyledLine([StatusText.span(row.overall, glyphs), Span("  \(environment.id)", style: Style(role: .emphasis, attributes: .bold)), Span(" — \(environment.name)", style: dim)]))
        wrapped(StyledLine([Span("\(row.tenantName) · \(environment.stage.rawValue) · \(environment.tier.rawValue) · \(environment.tenancy.rawValue) · \(environment.region) (\(environment.zone)) · \(environment.timeZone)")]))
        let release = environment.release.map { "release \($0.version) deployed \(TimeText.relative($0.deployedAt, now: now))" } ?? "no release recorded"
        wrapped(StyledLine([Span("Odoo \(environment.odooVersion) · \(release) · cluster \(environment.cluster) · namespace \(environment.namespace)", style: dim)]))
        let restoreEvery = policy.restoreTestInterval.map { "restore test every \(DurationText.short($0))" } ?? "no restore-test requirement"
        wrapped(StyledLine([Span("RPO \(DurationText.short(policy.rpo)) · RTO \(DurationText.short(policy.rto)) · \(restoreEvery)", style: dim)]))

        section("Now")
        let counts = Status.allCases.compactMap { status in row.signalCounts[status].map { "\($0) \(status.rawValue)" } }.joined(separator: ", ")
        let age = row.healthAge.map { "; oldest value \(DurationText.short($0)) old" } ?? ""
        wrapped(StyledLine([Span("Health  "), StatusText.span(row.health, glyphs), Span("  \(counts.isEmpty ? "no signals" : counts)\(age)", style: dim)]))
        let point = row.backup.recoveryPoint.map { "recovery point \(TimeText.relative($0, now: now)), RPO \(DurationText.short(row.backup.rpo))" } ?? "no recovery point"
        wrapped(StyledLine([Span("Backup  "), StatusText.span(row.backup.status, glyphs), Span("  \(point)", style: dim)]))
        wrapped(StyledLine([Span("Freeze  "), FreezeText.cell(row.freeze, now: now, glyphs: glyphs), Span("  \(FreezeText.sentence(row.freeze, zone: zone))", style: dim)]))
        for reason in row.backup.reasons where reason.status != .ok {
            wrapped(StyledLine([Span("        "), StatusText.span(reason.status, glyphs), Span(" \(reason.message)")]))
        }

        if !row.openIncidents.isEmpty {
            section("Open incidents")
            for incident in row.openIncidents {
                let status: Status = incident.severity <= 2 ? .crit : .warn
                let commander = incident.commander.map { " · commander \($0)" } ?? ""
                wrapped(StyledLine([StatusText.span(status, glyphs, suffix: " sev \(incident.severity)"), Span("  \(incident.id) \(incident.title)"), Span("  opened \(TimeText.relative(incident.openedAt, now: now))\(commander)", style: dim)]))
            }
        }

        section("Components")
        let nameWidth = min(34, max(12, environment.components.map { DisplayWidth.of($0.name) }.max() ?? 12))
        lines.append(StyledLine([Span("  " + padRight("NAME", toWidth: nameWidth) + "  " + padRight("KIND", toWidth: 18) + padLeft("READY", toWidth: 7) + "  " + padRight("VERSION", toWidth: 9) + " HEALTH", style: Style(role: .header, attributes: .bold))]))
        for component in environment.components {
            let ready: String
            if let r = component.replicasReady, let d = component.replicasDesired { ready = "\(r)/\(d)" } else { ready = "–" }
            let readyStatus: Status = {
                guard let r = component.replicasReady, let d = component.replicasDesired else { return .ok }
                return r < d ? (r == 0 ? .crit : .warn) : .ok
            }()
            let health = overview.health.componentStatus(environmentID: environment.id, componentID: component.id)
            let kind = component.integration.map { "integration/\($0)" } ?? component.kind.rawValue
            lines.append(StyledLine([
                Span("  " + padRight(truncate(component.name, toWidth: nameWidth), toWidth: nameWidth) + "  " + padRight(truncate(kind, toWidth: 18), toWidth: 18)),
                Span(padLeft(ready, toWidth: 7), style: StatusText.style(readyStatus)),
                Span("  " + padRight(truncate(component.version ?? "–", toWidth: 9), toWidth: 9) + " ", style: dim),
                StatusText.span(health, glyphs),
            ]))
        }

        section("Owners")
        for owner in environment.owners {
            wrapped(StyledLine([Span("  \(owner.name)"), Span(" — \(owner.role) — \(owner.reach)", style: dim)]))
        }
        section("Escalation")
        for (index, contact) in environment.escalation.enumerated() {
            wrapped(StyledLine([Span("  \(index + 1). \(contact.name)"), Span(" — \(contact.role) — \(contact.reach)", style: dim)]))
        }
        if !environment.links.isEmpty {
            section("Links")
            for link in environment.links {
                wrapped(StyledLine([Span("  \(link.title)  "), Span(link.url, style: Style(role: .link, attributes: .underline))]))
            }
        }

        section("Recent changes (24h)")
        let changes = estate.changes.filter { $0.environmentID == environment.id && $0.at <= now && now.timeIntervalSince($0.at) <= 86400 }
        if changes.isEmpty {
            lines.append(StyledLine([Span("  none in the last 24 hours", style: dim)]))
        }
        for change in changes {
            let versions = [change.fromVersion, change.toVersion].compactMap { $0 }.joined(separator: " → ")
            wrapped(StyledLine([
                Span("  " + padLeft(TimeText.relative(change.at, now: now), toWidth: 8), style: dim),
                Span("  " + padRight(change.kind.rawValue, toWidth: 9), style: Style(role: .accent)),
                Span(versions.isEmpty ? "" : versions + "  "),
                Span(change.summary),
                Span("  \(change.actor)", style: dim),
            ]))
            if let revert = change.revert {
                wrapped(StyledLine([Span("              revert: \(revert)", style: dim)]))
            }
        }
        return lines
    }
}
