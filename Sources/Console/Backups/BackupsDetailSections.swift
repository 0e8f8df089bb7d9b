import Foundation
import OpsModel
import TerminalUI

/// The record sections of the detail pane: backup sets, WAL archive, restore tests, policy, side backups.
enum BackupsDetailSections {
    static let dim = Style(role: .textDim)
    static let heading = Style(role: .title, attributes: .bold)

    static func title(_ text: String, _ note: String = "") -> [StyledLine] {
        ["", StyledLine([Span(text, style: heading), Span(note.isEmpty ? "" : "  " + note, style: dim)])]
    }

    /// Every retained set, newest first, as a small table whose right-hand columns give way on narrow panes.
    static func sets(_ entry: BackupsEntry, now: Date, zone: TimeZone, glyphs: GlyphSet, width: Int) -> [StyledLine] {
        guard let records = entry.records else {
            return title("Backup sets") + [StyledLine([Span("  ", style: dim), StatusText.span(.unknown, glyphs, suffix: ": no backup data for this environment")])]
        }
        let chain = BackupChain(records.backups)
        var lines = title("Backup sets", "\(chain.backups.count) retained, newest first; finish times in \(TimeText.zoneName(zone))")
        guard !chain.backups.isEmpty else {
            return lines + [StyledLine([Span("  "), StatusText.span(records.status == nil ? .unknown : .crit, glyphs, suffix: records.status == nil ? ": the tool's status is unknown" : ": none retained")])]
        }
        let columns = [
            TableColumn("TYPE", minWidth: 4, priority: 100),
            TableColumn("LABEL", minWidth: 16, maxWidth: 18, flex: 1, priority: 95),
            TableColumn("FINISHED", minWidth: 16, priority: 90),
            TableColumn("AGE", minWidth: 6, priority: 85, alignment: .right),
            TableColumn("TOOK", minWidth: 5, priority: 80, alignment: .right),
            TableColumn("SIZE", minWidth: 8, priority: 75, alignment: .right),
            TableColumn("REPO", minWidth: 8, priority: 60, alignment: .right),
            TableColumn("STATE", minWidth: 10, maxWidth: 24, flex: 1, priority: 70),
            TableColumn("PRIOR", minWidth: 16, maxWidth: 18, priority: 50),
        ]
        let layout = Table.layoutColumns(columns, width: width - 2)
        lines.append(row(columns.map(\.title), columns: columns, layout: layout, styles: [], base: Style(role: .header, attributes: .bold)))
        for set in chain.backups.reversed() {
            let state = defectText(chain.defects[set.label])
            let values = [
                set.type.rawValue, set.shortLabel, String(TimeText.minute(set.stop, zone: zone).prefix(16)),
                DurationText.short(now.timeIntervalSince(set.stop)), DurationText.short(set.stop.timeIntervalSince(set.start)),
                set.sizeBytes.map(BackupsText.bytes) ?? "?", set.repositorySizeBytes.map(BackupsText.bytes) ?? "?",
                "\(StatusText.glyph(state.status, glyphs)) \(state.text)", set.prior.map(BackupSet.shortLabel) ?? "-",
            ]
            var styles = [Style](repeating: .plain, count: columns.count)
            styles[3] = dim
            styles[7] = StatusText.style(state.status)
            styles[8] = dim
            lines.append(row(values, columns: columns, layout: layout, styles: styles, base: .plain))
        }
        return lines
    }

    /// Why a set is not restorable, in a few words.
    static func defectText(_ defect: BackupDefect?) -> (status: Status, text: String) {
        switch defect {
        case .none: return (.ok, "good")
        case .flaggedError: return (.warn, "error flag")
        case .noPrior: return (.warn, "no prior")
        case .missingPrior(let label): return (.warn, "prior gone \(BackupSet.shortLabel(label))")
        case .missingReference(let label): return (.warn, "ref gone \(BackupSet.shortLabel(label))")
        case .priorNotGood: return (.warn, "prior broken")
        case .cycle: return (.warn, "chain loops")
        }
    }

    /// WAL archive range, last archived segment and the archiver's failures.
    static func archive(_ entry: BackupsEntry, now: Date, zone: TimeZone, glyphs: GlyphSet, width: Int) -> [StyledLine] {
        var lines = title("WAL archive")
        func fact(_ label: String, _ spans: [Span]) { lines += BackupsLines.fact(label, spans, width: width) }
        guard let records = entry.records else {
            return lines + [StyledLine([Span("  "), StatusText.span(.unknown, glyphs, suffix: ": no backup data")])]
        }
        guard let archive = records.archive else {
            fact("archive", [Span("none reported: no point-in-time recovery; restores go to a backup's stop only", style: dim)])
            return lines
        }
        let archiveStatus = entry.verdict.reasons(rule: "backup.archive").first?.status ?? .unknown
        let state = entry.verdict.archiveBroken ? "failing" : (archive.lastArchivedTime == nil ? "no archiver statistics" : "working")
        fact("archiving", [StatusText.span(entry.verdict.archiveBroken ? .crit : archiveStatus, glyphs), Span(", \(state)")])
        fact("range held", [Span("\(archive.minWAL ?? "?") to \(archive.maxWAL ?? "?")")])
        if let time = archive.lastArchivedTime {
            fact("last archived", [Span(archive.lastArchivedWAL ?? "segment"), Span(" at \(BackupsText.instant(time, now: now, zone: zone))", style: dim)])
        } else {
            fact("last archived", [Span("unknown (no pg_stat_archiver data)", style: StatusText.style(.unknown))])
        }
        let failures = "\(archive.failedCount) since the statistics reset"
        if let failed = archive.lastFailedTime {
            fact("failures", [Span(failures), Span("; last \(archive.lastFailedWAL ?? "segment") at \(BackupsText.instant(failed, now: now, zone: zone))", style: dim)])
        } else {
            fact("failures", [Span(failures)])
        }
        if let error = archive.toolError {
            fact("tool error", [Span(error, style: StatusText.style(.crit))])
        }
        return lines
    }

    /// Restore tests, newest first: when, which backup, measured duration against the RTO, result.
    static func restoreTests(_ entry: BackupsEntry, now: Date, zone: TimeZone, glyphs: GlyphSet, width: Int) -> [StyledLine] {
        let rto = entry.policy.rto
        let interval = entry.policy.restoreTestInterval.map { "due every \(DurationText.short($0))" } ?? "not required on this tier"
        var lines = title("Restore tests", "\(entry.restoreTests.count) recorded, newest first; RTO \(DurationText.short(rto)), \(interval)")
        if entry.restoreTests.isEmpty {
            let status: Status = entry.policy.restoreTestInterval == nil ? .unknown : .crit
            return lines + [StyledLine([Span("  "), StatusText.span(status, glyphs, suffix: ": never tested")])]
        }
        for test in entry.restoreTests {
            let status: Status = !test.succeeded ? .crit : (test.duration > rto ? .warn : .ok)
            let result = test.succeeded ? "restored" : "FAILED"
            let speed = test.succeeded ? (test.duration > rto ? "over the RTO" : "within the RTO") : "after"
            var spans = [
                Span(padRight(StatusText.span(status, glyphs).text, toWidth: BackupsLines.statusWidth), style: StatusText.style(status)),
                Span(" \(BackupsText.instant(test.at, now: now, zone: zone))"),
                Span(", \(result) \(BackupSet.shortLabel(test.backupLabel)), \(speed) \(DurationText.short(test.duration))", style: .plain),
            ]
            if let notes = test.notes, !notes.isEmpty { spans.append(Span("\(BackupsLines.dot(glyphs))\(notes)", style: dim)) }
            lines += StyledLine(spans).wrapped(toWidth: max(10, width - 2)).map { StyledLine([Span("  ")] + $0.spans) }
        }
        return lines
    }

    /// Retention, encryption, immutability and off-site copy, with the policy's schedule.
    static func policy(_ entry: BackupsEntry, glyphs: GlyphSet, width: Int) -> [StyledLine] {
        let judged = entry.policy.tier.isProduction
        var lines = title("Policy", judged ? "" : "shown, not judged: \(entry.policy.tier.rawValue)")
        func fact(_ label: String, _ spans: [Span]) { lines += BackupsLines.fact(label, spans, width: width) }
        guard let records = entry.records else {
            return lines + [StyledLine([Span("  "), StatusText.span(.unknown, glyphs, suffix: ": no backup data")])]
        }
        func flag(_ present: Bool?, _ yes: String, _ no: String) -> [Span] {
            guard let present else { return [StatusText.span(.unknown, glyphs, suffix: " (no policy)")] }
            let status: Status = present ? .ok : (judged ? .warn : .unknown)
            return [Span(StatusText.glyph(status, glyphs) + " ", style: StatusText.style(status)), Span(present ? yes : no)]
        }
        guard let policy = records.policy else {
            fact("policy", [StatusText.span(judged ? .warn : .unknown, glyphs, suffix: ": none declared")])
            fact("encryption", [Span("cipher \(records.cipher ?? "unknown")")])
            return lines
        }
        fact("schedule", [Span(policy.schedule)])
        let fulls = BackupChain(records.backups).good.filter { $0.type == .full }.count
        fact("retention", flag(fulls >= policy.fullRetention, "\(fulls) good full\(fulls == 1 ? "" : "s") retained, policy keeps \(policy.fullRetention)", "\(fulls) good full\(fulls == 1 ? "" : "s") retained, policy keeps \(policy.fullRetention)"))
        let cipher = records.cipher ?? "unknown"
        let encrypted = records.cipher.map { !["none", "mixed"].contains($0.lowercased()) }
        fact("encryption", encrypted == nil ? [StatusText.span(.unknown, glyphs, suffix: " cipher unknown")] : flag(encrypted, "cipher \(cipher)", "cipher \(cipher)\(policy.encryptionRequired ? " (policy requires encryption)" : " (not required)")"))
        fact("immutability", flag(policy.immutable, "immutable (object lock)", "not immutable"))
        fact("off-site copy", flag(policy.offsiteCopy, "copy in a separate failure domain", "no copy in a separate failure domain"))
        return lines
    }

    /// Filestore and configuration backups beside the database.
    static func auxiliary(_ entry: BackupsEntry, now: Date, zone: TimeZone, glyphs: GlyphSet, width: Int) -> [StyledLine] {
        var lines = title("Beside the database", "filestore and configuration")
        let auxiliary = entry.records?.auxiliary ?? []
        if auxiliary.isEmpty {
            return lines + [StyledLine([Span("  none recorded", style: dim)])]
        }
        for backup in auxiliary {
            let status = entry.verdict.reasons(rule: "backup.\(backup.kind.lowercased())").first?.status ?? .unknown
            var spans = [Span(StatusText.glyph(status, glyphs) + " ", style: StatusText.style(status))]
            if let success = backup.lastSuccess {
                spans.append(Span("last success \(BackupsText.instant(success, now: now, zone: zone))"))
            } else {
                spans.append(Span("never succeeded"))
            }
            if !backup.succeeded {
                let attempt = backup.lastAttempt.map { " at \(BackupsText.instant($0, now: now, zone: zone))" } ?? ""
                spans.append(Span("; last attempt FAILED\(attempt)", style: StatusText.style(.warn)))
            }
            lines += BackupsLines.fact(backup.kind, spans, width: width)
        }
        return lines
    }

    /// One table line: each value cut and aligned into its laid-out column.
    static func row(_ values: [String], columns: [TableColumn], layout: [ColumnLayout], styles: [Style], base: Style) -> StyledLine {
        var spans = [Span("  ")]
        var x = 0
        for entry in layout {
            if entry.x > x { spans.append(Span(String(repeating: " ", count: entry.x - x))) }
            let value = truncate(values[entry.column], toWidth: entry.width)
            let text = columns[entry.column].alignment == Alignment.right ? padLeft(value, toWidth: entry.width) : padRight(value, toWidth: entry.width)
            spans.append(Span(text, style: entry.column < styles.count ? styles[entry.column] : base))
            x = entry.x + entry.width
        }
        return StyledLine(spans)
    }
}
