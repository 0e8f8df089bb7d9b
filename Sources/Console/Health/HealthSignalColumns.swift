import Foundation
import OpsModel
import TerminalUI

/// The columns of the signal rows; lower priority gives way first on narrow screens.
enum HealthSignalColumn: Int, CaseIterable {
    case status, signal, value, thresholds, trend, badFor, age

    var column: TableColumn {
        switch self {
        case .status: return TableColumn("STATUS", minWidth: 9, maxWidth: 9, priority: 100)
        case .signal: return TableColumn("SIGNAL", minWidth: 16, maxWidth: 30, flex: 2, priority: 100)
        case .value: return TableColumn("VALUE", minWidth: 11, maxWidth: 12, priority: 95, alignment: .right)
        case .thresholds: return TableColumn("WARN / CRIT", minWidth: 13, maxWidth: 16, priority: 60)
        // The sparkline narrows to 6 and grows to 40 samples as the screen allows.
        case .trend: return TableColumn("TREND", minWidth: 6, maxWidth: 40, flex: 3, priority: 70)
        case .badFor: return TableColumn("BAD FOR", minWidth: 7, maxWidth: 7, priority: 50, alignment: .right)
        case .age: return TableColumn("AGE", minWidth: 9, maxWidth: 9, priority: 90, alignment: .right)
        }
    }

    /// Where each shown column goes within `width`.
    static func layout(width: Int) -> [(column: HealthSignalColumn, x: Int, width: Int)] {
        Table.layoutColumns(allCases.map(\.column), width: width).map { (HealthSignalColumn(rawValue: $0.column)!, $0.x, $0.width) }
    }

    /// The header line.
    static func header(width: Int, indent: Int) -> StyledLine {
        line(cells: allCases.map { ($0.column.title, Style(role: .header, attributes: .bold)) }, layout: layout(width: width - indent), indent: indent)
    }

    /// One signal's row.
    /// One signal's row; a value that changed at the last refresh is underlined until the next one.
    static func row(_ reading: SignalReading, now: Date, width: Int, indent: Int, glyphs: GlyphSet, changed: Bool = false) -> StyledLine {
        let verdict = reading.verdict
        let signal = reading.signal
        let statusStyle = StatusText.style(verdict.status)
        let dim = Style(role: .textDim)
        // Laid out once per row: the sparkline's width and the line both need it.
        let columns = layout(width: width - indent)
        let trendWidth = columns.first { $0.column == .trend }?.width ?? 0
        var cells: [(String, Style)] = []
        for column in allCases {
            switch column {
            case .status: cells.append(("\(StatusText.glyph(verdict.status, glyphs)) \(verdict.status.rawValue)", statusStyle))
            case .signal: cells.append((signal.name, .plain))
            // A stale value is shown (with its age) but never in the colour of a verdict it no longer supports.
            case .value:
                let style = verdict.status == .unknown ? Style(role: .stale) : statusStyle
                cells.append((ValueText.value(verdict.value, unit: signal.unit), changed ? style.adding(.underline) : style))
            case .thresholds: cells.append((ValueText.thresholds(signal.thresholds, unit: signal.unit, ascii: HealthGlyphs.isASCII(glyphs)), dim))
            case .trend:
                let role: Role = verdict.status == .ok ? .sparkline : (verdict.status == .unknown ? .textDim : StatusText.role(verdict.status))
                cells.append((HealthGlyphs.sparkline(signal.samples.values, width: trendWidth, glyphs: glyphs), Style(role: role)))
            case .badFor: cells.append((reading.turnedBadAt.map { DurationText.short(now.timeIntervalSince($0)) } ?? "", statusStyle))
            case .age: cells.append((ageText(verdict), verdict.isStale ? Style(role: .stale, attributes: .bold) : dim))
            }
        }
        return line(cells: cells, layout: columns, indent: indent)
    }

    /// `12s`, or `stale 25m` when the value is too old or its collector failed, or `no data`.
    static func ageText(_ verdict: SignalVerdict) -> String {
        guard let age = verdict.age else { return "no data" }
        return verdict.isStale ? "stale \(DurationText.short(age))" : DurationText.short(age)
    }

    /// Lays cells out in the shown columns as one line of spans.
    private static func line(cells: [(String, Style)], layout: [(column: HealthSignalColumn, x: Int, width: Int)], indent: Int) -> StyledLine {
        var spans: [Span] = [Span(String(repeating: " ", count: indent))]
        var cursor = 0
        for entry in layout {
            let (text, style) = cells[entry.column.rawValue]
            let cut = truncate(text, toWidth: entry.width)
            let padding = entry.width - DisplayWidth.of(cut)
            let right = entry.column.column.alignment == .right
            if entry.x > cursor { spans.append(Span(String(repeating: " ", count: entry.x - cursor))) }
            if right && padding > 0 { spans.append(Span(String(repeating: " ", count: padding))) }
            spans.append(Span(cut, style: style))
            if !right && padding > 0 { spans.append(Span(String(repeating: " ", count: padding))) }
            cursor = entry.x + entry.width
        }
        return StyledLine(spans)
    }
}
