import Foundation
import OpsModel
import TerminalUI

/// One environment's backups in full: every reason, the time axis, the sets, WAL, restore tests, policy, side backups.
enum BackupsDetailView {
    static func render(_ state: AppState, entry: BackupsEntry?, environmentID: String, in rect: Rect, buffer: inout Buffer) {
        guard let entry, let now = state.overview?.now else {
            _ = buffer.put("Environment \(environmentID) is no longer in the estate (Esc goes back).", x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 2, style: Style(role: .statusWarn))
            return
        }
        let lines = self.lines(entry, now: now, zone: state.viewerZone, glyphs: state.glyphs, width: rect.width)
        let maxScroll = max(0, lines.count - rect.height)
        TextView(lines: lines, scrollOffset: min(state.backups.detailScroll, maxScroll), wraps: false, glyphs: state.glyphs)
            .render(in: rect, buffer: &buffer)
    }

    /// The detail as styled lines for a pane `width` columns wide (one column is kept for the scrollbar).
    static func lines(_ entry: BackupsEntry, now: Date, zone: TimeZone, glyphs: GlyphSet, width: Int) -> [StyledLine] {
        let width = max(20, width - 1)
        let verdict = entry.verdict
        let environment = entry.row.environment
        let records = entry.records
        let policy = entry.policy
        let dim = Style(role: .textDim)
        let heading = Style(role: .title, attributes: .bold)
        var lines: [StyledLine] = []
        func section(_ title: String, _ note: String = "") {
            lines.append("")
            lines.append(StyledLine([Span(title, style: heading), Span(note.isEmpty ? "" : "  " + note, style: dim)]))
        }
        func fact(_ label: String, _ spans: [Span]) { lines += BackupsLines.fact(label, spans, width: width) }
        func when(_ date: Date) -> String { BackupsText.instant(date, now: now, zone: zone) }

        lines.append(StyledLine([
            StatusText.span(verdict.status, glyphs), Span("  \(environment.id)", style: Style(role: .emphasis, attributes: .bold)),
            Span("\(BackupsLines.dot(glyphs))\(environment.name)", style: dim), Span("   Esc back", style: dim),
        ]))
        let restoreEvery = policy.restoreTestInterval.map { "restore test every \(DurationText.short($0))" } ?? "no restore-test requirement"
        let stanza = records.map { "stanza \($0.stanza)" } ?? "no backup records"
        let observed = records?.observedAt.map { "data read \(TimeText.relative($0, now: now))" } ?? "read time unknown"
        lines += StyledLine([Span([environment.tier.rawValue, stanza, "RPO \(DurationText.short(policy.rpo))", "RTO \(DurationText.short(policy.rto))", restoreEvery, observed].joined(separator: BackupsLines.dot(glyphs)), style: dim)]).wrapped(toWidth: width)

        section("Recovery")
        let rpoReason = verdict.reasons(rule: "backup.rpo").first
        if let point = verdict.recoveryPoint {
            let source = rpoReason?.data["source"] == "wal-archive" ? "last archived WAL" : "stop of the newest good backup"
            fact("recovery point", [Span(when(point)), Span(", from the \(source)", style: dim)])
        } else {
            fact("recovery point", [StatusText.span(records == nil ? .unknown : .crit, glyphs, suffix: records == nil ? ": no backup data" : ": nothing restorable")])
        }
        let exposureStatus = rpoReason?.status ?? .unknown
        let exposure = verdict.exposure.map { "\(DurationText.short($0)) of data at risk, \(share($0, of: verdict.rpo)) of \(DurationText.short(verdict.rpo))" } ?? "not measurable, RPO \(DurationText.short(verdict.rpo))"
        fact("exposure", [StatusText.span(exposureStatus, glyphs), Span(", \(exposure)")])
        if let oldest = verdict.oldestRestorable, let point = verdict.recoveryPoint {
            let kind = records?.archive == nil ? "backup stops only (no WAL archive)" : DurationText.short(point.timeIntervalSince(oldest))
            fact("PITR window", [Span("\(TimeText.minute(oldest, zone: zone)) to \(TimeText.minute(point, zone: zone))"), Span(", \(kind)", style: dim)])
        } else {
            fact("PITR window", [Span("none", style: StatusText.style(records == nil ? .unknown : .crit))])
        }
        let chainText: String
        let chainStatus: Status
        if records == nil {
            (chainText, chainStatus) = ("unknown", .unknown)
        } else if records?.backups.isEmpty ?? true {
            // Nothing to chain: the recovery point already says "no backup", so no second alarm here.
            (chainText, chainStatus) = ("no backups retained", records?.status == nil ? .unknown : .crit)
        } else if verdict.chainResolves {
            (chainText, chainStatus) = ("resolves: every retained backup reaches a full", .ok)
        } else {
            (chainText, chainStatus) = ("does not resolve (see reasons)", .warn)
        }
        fact("chain", [StatusText.span(chainStatus, glyphs), Span(", \(chainText)")])
        fact("last full", setSummary(verdict.lastFull, now: now, zone: zone))
        fact("last diff", setSummary(verdict.lastDiff, now: now, zone: zone))
        fact("last incr", setSummary(verdict.lastIncr, now: now, zone: zone))
        if verdict.inProgress {
            fact("running now", [Span("a backup or expire holds the pgBackRest lock")])
        }

        section("Reasons", "\(verdict.reasons.count), worst first")
        for reason in verdict.reasons {
            lines += BackupsLines.reason(reason, glyphs: glyphs, width: width, indent: 2)
        }

        section("Timeline", "times in \(TimeText.zoneName(zone)); RPO \(DurationText.short(verdict.rpo)) = the gap allowed before now")
        lines += BackupTimeline.lines(entry, now: now, zone: zone, glyphs: glyphs, width: width)

        lines += BackupsDetailSections.sets(entry, now: now, zone: zone, glyphs: glyphs, width: width)
        lines += BackupsDetailSections.archive(entry, now: now, zone: zone, glyphs: glyphs, width: width)
        lines += BackupsDetailSections.restoreTests(entry, now: now, zone: zone, glyphs: glyphs, width: width)
        lines += BackupsDetailSections.policy(entry, glyphs: glyphs, width: width)
        lines += BackupsDetailSections.auxiliary(entry, now: now, zone: zone, glyphs: glyphs, width: width)
        return lines
    }

    /// `45 % of the RPO` below it, `3.2x the RPO` past it.
    static func share(_ exposure: TimeInterval, of rpo: TimeInterval) -> String {
        let ratio = exposure / max(1, rpo)
        if ratio < 1 { return "\(Int((ratio * 100).rounded(.down))) % of the RPO" }
        return ratio < 10 ? String(format: "%.1fx the RPO", ratio) : "\(Int(ratio.rounded(.down)))x the RPO"
    }

    /// `2026-11-22 09:54 UTC (4d23h ago), took 6m, 419 GiB`; `none` when there is no such backup.
    static func setSummary(_ set: BackupSet?, now: Date, zone: TimeZone) -> [Span] {
        guard let set else { return [Span("none", style: Style(role: .textDim))] }
        let size = set.sizeBytes.map { ", \(BackupsText.bytes($0))" } ?? ""
        return [Span(BackupsText.instant(set.stop, now: now, zone: zone)), Span(", took \(DurationText.short(set.stop.timeIntervalSince(set.start)))\(size), \(set.shortLabel)", style: Style(role: .textDim))]
    }
}
