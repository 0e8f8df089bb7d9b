import Foundation
import OpsModel
import TerminalUI

/// The text and style of each Backups list cell, read from the verdict and its records.
enum BackupsCells {
    static func cell(_ column: BackupsColumn, entry: BackupsEntry, now: Date, glyphs: GlyphSet) -> TableCell {
        let verdict = entry.verdict
        let dim = Style(role: .textDim)
        switch column {
        case .environment:
            return TableCell("\(StatusText.glyph(verdict.status, glyphs)) \(entry.id)", style: StatusText.style(verdict.status))
        case .status:
            let span = StatusText.span(verdict.status, glyphs)
            return TableCell(span.text, style: span.style)
        case .exposure:
            let status = worst(verdict, rules: ["backup.rpo"]) ?? .unknown
            return TableCell(BackupsText.exposure(verdict, hasRecords: entry.records != nil), style: StatusText.style(status))
        case .restoreTest:
            let text = BackupsText.restoreTest(verdict.lastRestoreTest, now: now)
            // Tiers without a restore-test requirement have no reason: shown dim, neither ok nor alarming.
            let style = worst(verdict, rules: ["backup.restore-test", "backup.rto"]).map(StatusText.style) ?? dim
            return TableCell(text, style: style)
        case .problems:
            let problems = entry.problems
            guard let worst = problems.first?.status else { return TableCell("0", style: dim) }
            return TableCell("\(problems.count)", style: StatusText.style(worst))
        case .lastFull:
            guard let records = entry.records else { return TableCell("?", style: StatusText.style(.unknown)) }
            // An empty list without the tool's status is missing data, not proof that no full exists.
            if verdict.lastFull == nil && records.status == nil { return TableCell("?", style: StatusText.style(.unknown)) }
            guard let full = verdict.lastFull else { return TableCell("none", style: StatusText.style(.crit)) }
            return TableCell(DurationText.short(now.timeIntervalSince(full.stop)))
        case .pitr:
            let text = BackupsText.pitrWindow(verdict, records: entry.records)
            let style: Style
            switch text {
            case "?": style = StatusText.style(.unknown)
            case "none": style = StatusText.style(.crit)
            case "no WAL": style = dim
            default: style = .plain
            }
            return TableCell(text, style: style)
        case .tier:
            return TableCell(entry.row.environment.tier.shortLabel, style: dim)
        case .protection:
            let text = BackupsText.protection(entry.records)
            let rules = ["backup.encryption", "backup.immutability", "backup.offsite", "backup.policy"]
            let style = worst(verdict, rules: rules).map(StatusText.style) ?? (text.contains("---") || text.contains("?" as Character) ? dim : .plain)
            return TableCell(text, style: style)
        case .topReason:
            guard let reason = entry.problems.first else { return TableCell("every check ok", style: dim) }
            return TableCell(reason.message, style: Style(role: StatusText.role(reason.status)))
        }
    }

    /// The worst status among the verdict's reasons from these rules; nil when none applies.
    static func worst(_ verdict: BackupVerdict, rules: [String]) -> Status? {
        let statuses = verdict.reasons.filter { rules.contains($0.rule) }.map(\.status)
        return statuses.isEmpty ? nil : Status.rollUp(statuses)
    }
}
