import Foundation
import OpsModel
import TerminalUI

/// Draws a month of days for the selected lane: each day its number, its releases, and a bar
/// across the day's hours shaded by the windows in force.
enum CalendarMonthView {
    static func render(_ context: CalendarContext, in rect: Rect, buffer: inout Buffer) -> CalendarTarget? {
        let state = context.state
        guard let selected = context.selected, rect.height >= 2, rect.width >= 14 else { return nil }
        let viewer = context.viewer
        let marks = CalendarGlyphs(state.glyphs)
        let monthStart = viewer.startOfMonth(context.cursor)
        let monthEnd = viewer.adding(months: 1, to: monthStart)
        let gridStart = viewer.startOfWeek(monthStart)
        var weeks = 0
        while viewer.adding(days: 7 * weeks, to: gridStart) < monthEnd { weeks += 1 }
        let gridEnd = viewer.adding(days: 7 * weeks, to: gridStart)
        let cellWidth = max(2, rect.width / 7)
        // Two rows a week (number, then bar) when they fit; else number and bar share one row.
        let tall = rect.height >= 1 + 2 * weeks
        let today = viewer.startOfDay(state.now)
        let cursorDay = viewer.startOfDay(context.cursor)
        let occurrences = context.occurrences(selected.lane, from: gridStart, to: gridEnd)
        let releases = context.releases(selected.lane, from: gridStart, to: gridEnd)

        for (index, name) in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].enumerated() {
            buffer.put(name, x: rect.x + index * cellWidth, y: rect.y, maxWidth: cellWidth - 1, style: Style(role: .header, attributes: .bold))
        }
        for week in 0..<weeks {
            let y = rect.y + 1 + week * (tall ? 2 : 1)
            guard y < rect.maxY else { break }
            for weekday in 0..<7 {
                let dayStart = viewer.adding(days: week * 7 + weekday, to: gridStart)
                let dayEnd = viewer.adding(days: 1, to: dayStart)
                let x = rect.x + weekday * cellWidth
                let inMonth = dayStart >= monthStart && dayStart < monthEnd
                let isCursor = dayStart == cursorDay
                let planned = releases.filter { $0.release.plannedStart >= dayStart && $0.release.plannedStart < dayEnd }
                let number = viewer.day(dayStart)
                let monthName = tall && number == 1 ? " " + TimeText.day(dayStart, zone: state.viewerZone).split(separator: " ").last.map(String.init)! : ""
                var label = (isCursor ? state.glyphs.pointer : " ") + String(number) + monthName + (dayStart == today ? "*" : "")
                if !planned.isEmpty { label += planned.contains(where: \.isFlagged) ? marks.flaggedRelease : marks.release }
                let labelStyle: Style = isCursor
                    ? Style(role: .selection, attributes: .reverse)
                    : Style(role: inMonth ? (dayStart == today ? .emphasis : .text) : .textDim, attributes: dayStart == today ? .bold : [])
                let labelWidth = buffer.put(label, x: x, y: y, maxWidth: cellWidth - 1, style: labelStyle)
                // The bar: the day's hours split evenly over the columns left for it.
                let barX = tall ? x + 1 : x + max(labelWidth, 4)
                let barY = tall ? y + 1 : y
                let barWidth = x + cellWidth - 1 - barX
                guard barWidth > 0, barY < rect.maxY else { continue }
                let step = dayEnd.timeIntervalSince(dayStart) / Double(barWidth)
                for column in 0..<barWidth {
                    let from = dayStart.addingTimeInterval(Double(column) * step)
                    let kind = CalendarShading.kind(occurrences, from: from, to: from.addingTimeInterval(step))
                    buffer.put(marks.mark(kind), x: barX + column, y: barY, style: Style(role: CalendarGlyphs.role(kind), attributes: inMonth ? [] : .dim))
                }
            }
        }
        let dayEnd = viewer.adding(days: 1, to: cursorDay)
        return CalendarTarget(
            lane: selected.lane, start: context.cursor, duration: Readiness.defaultDuration,
            occurrences: context.occurrences(selected.lane, from: cursorDay, to: dayEnd), release: nil
        )
    }
}
