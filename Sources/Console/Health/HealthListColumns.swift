import Foundation
import OpsModel
import TerminalUI

/// The columns of the environment list; lower priority gives way first.
enum HealthListColumn: Int, CaseIterable {
    case health, environment, crit, warn, unknown, oldest, badFor, impact

    var column: TableColumn {
        switch self {
        case .health: return TableColumn("HEALTH", minWidth: 9, maxWidth: 9, priority: 100)
        case .environment: return TableColumn("ENVIRONMENT", minWidth: 16, maxWidth: 24, flex: 2, priority: 100)
        case .crit: return TableColumn("CRIT", minWidth: 4, maxWidth: 4, priority: 90, alignment: .right)
        case .warn: return TableColumn("WARN", minWidth: 4, maxWidth: 4, priority: 85, alignment: .right)
        case .unknown: return TableColumn("UNKN", minWidth: 4, maxWidth: 4, priority: 60, alignment: .right)
        case .oldest: return TableColumn("OLDEST", minWidth: 6, maxWidth: 6, priority: 80, alignment: .right)
        case .badFor: return TableColumn("BAD FOR", minWidth: 7, maxWidth: 7, priority: 70, alignment: .right)
        case .impact: return TableColumn("PROCESSES HIT", minWidth: 14, flex: 4, priority: 50)
        }
    }

    /// The cells of one environment.
    static func cells(_ entry: HealthEnvironmentList.Entry, now: Date, glyphs: GlyphSet) -> [TableCell] {
        let health = entry.row.health
        let dim = Style(role: .textDim)
        func count(_ status: Status) -> TableCell {
            let value = entry.count(status)
            return TableCell(value == 0 ? "·" : String(value), style: value == 0 ? dim : StatusText.style(status))
        }
        return allCases.map { column in
            switch column {
            case .health: return TableCell("\(StatusText.glyph(health, glyphs)) \(health.rawValue)", style: StatusText.style(health))
            case .environment: return TableCell(entry.row.environment.id, style: health == .ok ? .plain : Style(role: .emphasis, attributes: .bold))
            case .crit: return count(.crit)
            case .warn: return count(.warn)
            case .unknown: return count(.unknown)
            case .oldest:
                let stale = entry.count(.unknown) > 0
                return TableCell(entry.row.healthAge.map(DurationText.short) ?? "–", style: stale ? Style(role: .stale, attributes: .bold) : dim)
            case .badFor:
                return TableCell(entry.badSince.map { DurationText.short(now.timeIntervalSince($0)) } ?? "", style: StatusText.style(health))
            case .impact:
                let text = entry.impacted.map { "\(StatusText.glyph($0.status, glyphs)) \($0.process.rawValue)" }.joined(separator: " ")
                return TableCell(text.isEmpty ? (health == .ok ? "none" : "–") : text, style: text.isEmpty ? dim : StatusText.style(health))
            }
        }
    }
}
