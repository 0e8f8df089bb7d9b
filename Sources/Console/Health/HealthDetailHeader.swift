import Foundation
import OpsModel
import TerminalUI

/// The detail's pinned lines: which environment, how bad for how long, and the prime suspect.
enum HealthDetailHeader {
    static func lines(_ health: EnvironmentHealth, glyphs: GlyphSet, zone: TimeZone) -> [StyledLine] {
        let environment = health.environment
        let now = health.now
        let dim = Style(role: .textDim)
        var first: [Span] = [StatusText.span(health.status, glyphs), Span("  \(environment.id)", style: Style(role: .emphasis, attributes: .bold)), Span(" — \(environment.name)", style: dim)]
        if let release = environment.release { first.append(Span(" · \(release.version)", style: dim)) }

        var second: [Span] = []
        if let badSince = health.badSince {
            second.append(Span("bad for \(DurationText.short(now.timeIntervalSince(badSince)))", style: StatusText.style(health.status)))
            second.append(Span(" (since \(TimeText.clock(badSince, zone: zone)) \(TimeText.zoneName(zone)))  ", style: dim))
        }
        // An open incident matters more than the counts, so it comes before them where lines get cut.
        for incident in health.openIncidents.prefix(1) {
            let status: Status = incident.severity <= 2 ? .crit : .warn
            second.append(Span("\(incident.id) sev \(incident.severity) open \(DurationText.short(now.timeIntervalSince(incident.openedAt)))  ", style: StatusText.style(status)))
        }
        let counts = [Status.crit, .warn, .unknown, .ok].compactMap { status in health.counts[status].map { "\($0) \(status.rawValue)" } }
        second.append(Span(counts.isEmpty ? "no signals" : counts.joined(separator: " · "), style: dim))
        if let age = health.oldestValueAge { second.append(Span(" · oldest value \(DurationText.short(age))", style: dim)) }

        var third: [Span] = []
        // Every suspect is named, oldest first: when a migration and a deploy both precede the
        // turn, guessing which one did it is the engineer's call, not the console's.
        let suspects = health.changes.filter(\.isSuspect).reversed()
        if let first = suspects.first {
            let flag = Span("\(HealthGlyphs.suspect(glyphs)) suspect\(suspects.count == 1 ? "" : "s") ", style: Style(role: .statusWarn, attributes: .bold))
            third.append(flag)
            for (index, reading) in suspects.enumerated() {
                let change = reading.change
                if index > 0 { third.append(Span(", ", style: dim)) }
                third.append(Span("\(change.id) \(change.kind.rawValue) \(TimeText.relative(change.at, now: now))", style: Style(role: .emphasis)))
            }
            let signalCount = Set(suspects.flatMap { $0.suspects.map { "\($0.componentID)/\($0.signalKey)" } }).count
            let lead = first.suspects.map(\.lead).min() ?? 0
            third.append(Span(": \(signalCount) signal\(signalCount == 1 ? "" : "s") turned bad from \(DurationText.short(lead)) after", style: .plain))
        } else if health.changes.isEmpty {
            third.append(Span("no changes in the last \(DurationText.short(health.changeLookback))", style: dim))
        } else {
            third.append(Span("\(health.changes.count) change\(health.changes.count == 1 ? "" : "s") in \(DurationText.short(health.changeLookback)), none just before a signal turned bad", style: dim))
        }
        return [StyledLine(first), StyledLine(second), StyledLine(third)]
    }
}
