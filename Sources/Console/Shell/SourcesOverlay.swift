import Foundation
import OpsModel
import OpsSources
import TerminalUI

/// `:sources`: where the data comes from and how it is doing: each agent's state, the age of its
/// data and its collectors, or the fixture files with every problem found while loading them.
enum SourcesOverlay {
    static func lines(_ state: AppState) -> [StyledLine] {
        let dim = Style(role: .textDim)
        guard let snapshot = state.snapshot else { return [StyledLine("Nothing loaded yet.", style: dim)] }
        var lines: [StyledLine] = [
            StyledLine([Span(snapshot.sourceName, style: Style(role: .title, attributes: .bold)),
                        Span("  data \(DurationText.short(state.now.timeIntervalSince(snapshot.loadedAt))) old", style: dim)]),
        ]
        for agent in snapshot.agents {
            let status = self.status(agent.state)
            let age = agent.dataAge(now: state.now).map { "data \(DurationText.short($0)) old" } ?? "no data yet"
            let latency = agent.latency.map { "\(Int(Double($0.components.seconds) * 1000 + Double($0.components.attoseconds) / 1e15)) ms" } ?? "–"
            lines.append("")
            lines.append(StyledLine([Span("\(StatusText.glyph(status, state.glyphs)) \(agent.state.rawValue)", style: StatusText.style(status)),
                                     Span("  \(agent.agentName ?? agent.url)", style: Style(role: .emphasis, attributes: .bold)),
                                     Span("  \(agent.url)", style: dim)]))
            lines.append(StyledLine([Span("    \(age) · last answer \(latency) · \(agent.bytes.map { "\($0) bytes" } ?? "–")", style: dim)]))
            if !agent.detail.isEmpty { lines.append(StyledLine([Span("    \(agent.detail)")])) }
            for collector in agent.collectors {
                let ok = collector.state == .ok
                lines.append(StyledLine([Span("    \(StatusText.glyph(ok ? .ok : .crit, state.glyphs))", style: StatusText.style(ok ? .ok : .crit)),
                                         Span(" collector \(collector.name)", style: dim), Span(ok ? "" : "  \(collector.error ?? collector.state.rawValue)")]))
            }
        }
        let errors = snapshot.issues.filter { $0.severity == .error }
        let warnings = snapshot.issues.filter { $0.severity == .warning }
        lines.append("")
        lines.append(StyledLine([Span("\(errors.count) error\(errors.count == 1 ? "" : "s"), \(warnings.count) warning\(warnings.count == 1 ? "" : "s") while loading", style: Style(role: .title, attributes: .bold))]))
        for issue in errors + warnings {
            let status: Status = issue.severity == .error ? .crit : .warn
            lines.append(StyledLine([Span(StatusText.glyph(status, state.glyphs), style: StatusText.style(status)), Span(" \(issue)")]))
        }
        return lines
    }

    static func status(_ state: AgentState) -> Status {
        switch state {
        case .ok: return .ok
        case .slow: return .warn
        case .waiting: return .unknown
        default: return .crit
        }
    }

    static func render(_ state: AppState, buffer: inout Buffer) {
        let overlay = Overlay(title: " Sources (Esc closes) ", width: min(state.size.width - 2, 110), height: state.size.height - 2, glyphs: state.glyphs)
        let inner = overlay.render(in: Rect(size: state.size), buffer: &buffer)
        let content = lines(state).flatMap { $0.wrapped(toWidth: max(10, inner.width)) }
        TextView(lines: content, scrollOffset: min(state.helpScroll, max(0, content.count - inner.height)), wraps: false, glyphs: state.glyphs)
            .render(in: inner, buffer: &buffer)
    }
}
