import Foundation
import OpsModel
import TerminalUI

/// The detail's scrolling sections: business impact, active alerts, what changed, signals by component.
///
/// The short sections come first so that at 80x24 the first screen answers "which process, what
/// fired, what changed"; the long signal table follows and is what scrolling is for.
enum HealthDetailBody {
    static func lines(_ health: EnvironmentHealth, filter: String, width: Int, glyphs: GlyphSet, zone: TimeZone, changed: Set<String> = []) -> [StyledLine] {
        var lines: [StyledLine] = []
        lines += impact(health, width: width, glyphs: glyphs)
        lines += alerts(health, width: width, glyphs: glyphs, zone: zone)
        lines += changes(health, width: width, glyphs: glyphs, zone: zone)
        lines += signals(health, filter: filter, width: width, glyphs: glyphs, changed: changed)
        return lines
    }

    static let dim = Style(role: .textDim)

    static func title(_ text: String, note: String = "") -> [StyledLine] {
        ["", StyledLine([Span(text, style: Style(role: .title, attributes: .bold)), Span(note, style: dim)])]
    }

    /// `text` word-wrapped under an indent, every line keeping it.
    static func indented(_ text: String, indent: Int, width: Int, style: Style) -> [StyledLine] {
        let pad = String(repeating: " ", count: indent)
        return wrap(text, width: max(10, width - indent)).map { StyledLine([Span(pad), Span($0, style: style)]) }
    }

    // MARK: (a) business impact

    static func impact(_ health: EnvironmentHealth, width: Int, glyphs: GlyphSet) -> [StyledLine] {
        var lines = title("BUSINESS IMPACT", note: "  retail processes and the signals behind them")
        let titleWidth = RetailProcess.allCases.map { DisplayWidth.of($0.title) }.max() ?? 22
        for impact in health.processes {
            var spans: [Span] = [
                Span("  "), Span(padRight("\(StatusText.glyph(impact.status, glyphs)) \(impact.status.rawValue)", toWidth: 10), style: StatusText.style(impact.status)),
                Span(padRight(impact.process.title, toWidth: titleWidth + 2), style: impact.status == .ok ? .plain : Style(role: .emphasis, attributes: .bold)),
            ]
            if impact.readings.isEmpty {
                spans.append(Span("no signal mapped: nothing vouches for it", style: dim))
            }
            let notOK = impact.readings.filter { $0.verdict.status != .ok }
            let okCount = impact.readings.count - notOK.count
            // Names only, as many as fit on the line; the count says what was left out.
            var room = width - spans.reduce(0) { $0 + $1.width } - 12
            var shown = 0
            for reading in notOK {
                let text = (shown > 0 ? ", " : "") + reading.signal.name
                guard DisplayWidth.of(text) <= room || shown == 0 else { break }
                spans.append(Span(text, style: StatusText.style(reading.verdict.status)))
                room -= DisplayWidth.of(text)
                shown += 1
            }
            var rest: [String] = []
            if shown < notOK.count { rest.append("+\(notOK.count - shown) bad") }
            if okCount > 0 { rest.append("\(okCount) ok") }
            if !rest.isEmpty { spans.append(Span((shown > 0 ? " · " : "") + rest.joined(separator: " · "), style: dim)) }
            lines.append(StyledLine(spans))
        }
        return lines
    }

    // MARK: (c) active alerts

    static func alerts(_ health: EnvironmentHealth, width: Int, glyphs: GlyphSet, zone: TimeZone) -> [StyledLine] {
        var lines = title("ACTIVE ALERTS", note: health.alerts.isEmpty ? "" : "  \(health.alerts.count) · times \(TimeText.zoneName(zone))")
        if health.alerts.isEmpty {
            lines.append(StyledLine([Span("  none firing", style: dim)]))
            return lines
        }
        for alert in health.alerts {
            let status = alert.status
            var spans: [Span] = [
                Span("  "), Span(padRight("\(StatusText.glyph(status, glyphs)) \(alert.severity.isEmpty ? "no severity" : alert.severity)", toWidth: 11), style: StatusText.style(status)),
                Span(" \(alert.name)", style: Style(role: .emphasis, attributes: alert.isSuppressed ? [] : .bold)),
                Span("  since \(TimeText.clock(alert.startsAt, zone: zone)) (\(DurationText.short(health.now.timeIntervalSince(alert.startsAt))))", style: dim),
            ]
            if !alert.silencedBy.isEmpty { spans.append(Span("  silenced", style: Style(role: .statusUnknown, attributes: .bold))) }
            if !alert.inhibitedBy.isEmpty { spans.append(Span("  inhibited by \(alert.inhibitedBy.joined(separator: ", "))", style: Style(role: .statusUnknown))) }
            lines.append(StyledLine(spans))
            if !alert.summary.isEmpty && alert.summary != alert.name {
                lines += indented(alert.summary, indent: 14, width: width, style: .plain)
            }
            if !alert.silencedBy.isEmpty {
                lines += indented("silenced by \(alert.silencedBy.joined(separator: ", "))", indent: 14, width: width, style: dim)
            }
            let runbook = alert.runbookURL ?? "no runbook linked"
            lines.append(StyledLine([Span(String(repeating: " ", count: 14)), Span("runbook ", style: dim), Span(runbook, style: alert.runbookURL == nil ? dim : Style(role: .link, attributes: .underline))]))
        }
        return lines
    }

    // MARK: (d) what changed

    static func changes(_ health: EnvironmentHealth, width: Int, glyphs: GlyphSet, zone: TimeZone) -> [StyledLine] {
        let window = DurationText.short(health.suspectWindow)
        var lines = title("WHAT CHANGED", note: "  last \(DurationText.short(health.changeLookback)) · times \(TimeText.zoneName(zone)) · \(HealthGlyphs.suspect(glyphs)) = within \(window) before a signal turned bad")
        if health.changes.isEmpty {
            lines.append(StyledLine([Span("  no deploys, rollbacks, config changes, migrations or scaling", style: dim)]))
            return lines
        }
        for reading in health.changes {
            let change = reading.change
            let versions = [change.fromVersion, change.toVersion].compactMap { $0 }.joined(separator: " \(glyphs.arrowRight) ")
            var spans: [Span] = [
                Span("  \(TimeText.clock(change.at, zone: zone)) ", style: dim),
                Span(padLeft(TimeText.relative(change.at, now: health.now), toWidth: 8), style: dim),
                Span("  \(padRight(change.kind.rawValue, toWidth: 9))", style: Style(role: .accent, attributes: reading.isSuspect ? .bold : [])),
                Span(" \(change.id)", style: reading.isSuspect ? Style(role: .statusWarn, attributes: .bold) : .plain),
            ]
            if !versions.isEmpty { spans.append(Span("  \(versions)")) }
            spans.append(Span("  \(change.actor)", style: dim))
            lines.append(StyledLine(spans))
            lines += indented(change.summary, indent: 8, width: width, style: .plain)
            if reading.isSuspect {
                let leads = reading.suspects.map(\.lead)
                let shortest = DurationText.short(leads.min() ?? 0), longest = DurationText.short(leads.max() ?? 0)
                let count = reading.suspects.count
                let text = "\(HealthGlyphs.suspect(glyphs)) suspect: \(count) signal\(count == 1 ? "" : "s") turned bad \(shortest == longest ? shortest : shortest + "–" + longest) later: "
                    + reading.suspects.map(\.signalName).joined(separator: ", ")
                lines.append(StyledLine([Span("        "), Span(text, style: Style(role: .statusWarn, attributes: .bold))]))
            }
            lines += indented("revert: \(change.revert ?? "no revert recorded")", indent: 8, width: width, style: dim)
        }
        return lines
    }

    // MARK: (b) signals by component

    static func signals(_ health: EnvironmentHealth, filter: String, width: Int, glyphs: GlyphSet, changed: Set<String> = []) -> [StyledLine] {
        let needle = filter.lowercased()
        let total = health.components.reduce(0) { $0 + $1.readings.count }
        let groups = health.components.map { component in
            (component, needle.isEmpty ? component.readings : component.readings.filter { matches($0, component: component, needle) })
        }.filter { !$0.1.isEmpty }
        let shown = groups.reduce(0) { $0 + $1.1.count }
        let note = needle.isEmpty ? "  \(total) · worst first" : "  \(shown) of \(total) match \"\(filter)\""
        var lines = title("SIGNALS BY COMPONENT", note: note)
        if groups.isEmpty {
            lines.append(StyledLine([Span(total == 0 ? "  no signals: health is unknown" : "  none match (Esc clears the filter)", style: dim)]))
            return lines
        }
        lines.append(HealthSignalColumn.header(width: width, indent: 2))
        for (component, readings) in groups {
            lines.append(StyledLine([
                Span("\(StatusText.glyph(component.status, glyphs)) ", style: StatusText.style(component.status)),
                Span(component.name, style: Style(role: .groupHeader, attributes: .bold)),
                Span(component.name == component.componentID ? "" : " (\(component.componentID))", style: dim),
            ]))
            for reading in readings {
                lines.append(HealthSignalColumn.row(reading, now: health.now, width: width, indent: 2, glyphs: glyphs, changed: changed.contains(reading.signal.identity)))
                if reading.verdict.status == .unknown, let note = reading.verdict.note {
                    lines += indented(note, indent: 12, width: width, style: Style(role: .stale))
                }
            }
        }
        return lines
    }

    static func matches(_ reading: SignalReading, component: ComponentHealth, _ needle: String) -> Bool {
        let signal = reading.signal
        let fields = [signal.key, signal.name, component.componentID, component.name, reading.verdict.status.rawValue]
            + signal.processes.flatMap { [$0.rawValue, $0.title] }
        return fields.contains { $0.lowercased().contains(needle) }
    }
}
