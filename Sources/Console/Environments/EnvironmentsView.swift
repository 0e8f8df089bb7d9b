import Foundation
import OpsModel
import TerminalUI

/// Draws the Environments list: one row per environment with every roll-up, grouped and sorted.
enum EnvironmentsView {
    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        guard let overview = state.overview else {
            _ = buffer.put(state.isLoading || state.snapshot == nil ? "Loading the estate…" : "No data.", x: rect.x + 1, y: rect.y + 1, style: Style(role: .textDim))
            return
        }
        let list = state.environmentList
        if list.entries.isEmpty {
            let message = state.environments.filter.isEmpty ? "The estate has no environments." : "No environment matches \"\(state.environments.filter)\" (Esc clears the filter)."
            _ = buffer.put(message, x: rect.x + 1, y: rect.y + 1, style: Style(role: .textDim))
            return
        }
        let columnOrder = EnvironmentColumn.allCases
        let columns = columnOrder.map { EnvironmentsLayout.columns[$0]! }
        let glyphs = state.glyphs
        let entries = list.entries
        let rows = WindowedRows.rows(count: entries.count, scrollOffset: state.environments.scrollOffset, height: rect.height) { index -> TableRow in
            switch entries[index] {
            case .group(let title, let status, let count):
                let noun = count == 1 ? "environment" : "environments"
                return .group("\(StatusText.glyph(status, glyphs)) \(title) · \(count) \(noun)", Style(role: .groupHeader, attributes: .bold))
            case .environment(let row):
                return .item(columnOrder.map { cell(for: $0, row: row, now: overview.now, glyphs: glyphs) })
            }
        }
        let selected = list.entryIndex(of: state.environments.selectedID)
        let table = Table(
            columns: columns, rows: rows, selectedRow: selected, scrollOffset: state.environments.scrollOffset,
            sortColumn: state.environments.sortColumn.rawValue, sortAscending: state.environments.sortAscending,
            glyphs: glyphs
        )
        table.render(in: rect, buffer: &buffer)
    }

    static func cell(for column: EnvironmentColumn, row: EnvironmentOverview, now: Date, glyphs: GlyphSet) -> TableCell {
        let environment = row.environment
        switch column {
        case .overall:
            return TableCell(StatusText.glyph(row.overall, glyphs), style: StatusText.style(row.overall))
        case .environment:
            return TableCell(environment.id, style: StatusText.style(row.overall))
        case .stage: return TableCell(stageLabel(environment.stage))
        case .tier: return TableCell(environment.tier.shortLabel)
        case .tenancy: return TableCell(environment.tenancy.rawValue)
        case .region: return TableCell(environment.region)
        case .odoo: return TableCell(environment.odooVersion)
        case .release: return TableCell(environment.release?.version ?? "–", style: Style(role: environment.release == nil ? .textDim : .text))
        case .releaseAge:
            return TableCell(row.releaseAge(now: now).map(DurationText.short) ?? "–", style: Style(role: .textDim))
        case .health:
            // Unknown health says how old its newest picture is instead of the word, which the glyph already gives.
            if row.health == .unknown, let age = row.healthAge {
                return TableCell("\(glyphs.statusUnknown) \(DurationText.coarse(age)) old", style: StatusText.style(.unknown))
            }
            let span = StatusText.span(row.health, glyphs)
            return TableCell(span.text, style: span.style)
        case .backup:
            let span = StatusText.span(row.backup.status, glyphs)
            return TableCell(span.text, style: span.style)
        case .freeze:
            let span = FreezeText.cell(row.freeze, now: now, glyphs: glyphs)
            return TableCell(span.text, style: span.style)
        }
    }

    static func stageLabel(_ stage: Stage) -> String {
        switch stage {
        case .production: return "prod"
        case .staging: return "stage"
        case .test: return "test"
        case .development: return "dev"
        case .dr: return "dr"
        }
    }
}
