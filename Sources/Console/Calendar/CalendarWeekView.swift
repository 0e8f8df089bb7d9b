import Foundation
import OpsModel
import TerminalUI

/// Draws the week grid: lanes down, seven days across, each day cut into hour cells shaded by
/// the windows in force, releases marked, a now marker in the hour ruler.
enum CalendarWeekView {
    static func render(_ context: CalendarContext, in rect: Rect, buffer: inout Buffer) -> CalendarTarget? {
        let state = context.state
        let geometry = WeekGeometry(width: rect.width)
        let viewer = context.viewer
        let weekStart = viewer.startOfWeek(context.cursor)
        let weekEnd = viewer.adding(days: 7, to: weekStart)
        let cursorCell = viewer.bucketStart(context.cursor, hours: geometry.hoursPerCell)
        let marks = CalendarGlyphs(state.glyphs)
        let today = viewer.startOfDay(state.now)
        let hours = TimeInterval(geometry.hoursPerCell * 3600)
        guard rect.height >= 3 else { return nil }

        // Day headings, then the hour ruler with the now marker.
        buffer.put(padRight(context.state.calendar.laneKind == .tier ? "TIER" : "ENVIRONMENT", toWidth: geometry.labelWidth), x: rect.x, y: rect.y, style: Style(role: .header, attributes: .bold))
        buffer.put("hour (\(TimeText.zoneName(state.viewerZone)))", x: rect.x, y: rect.y + 1, maxWidth: geometry.labelWidth - 1, style: Style(role: .textDim))
        for day in 0..<7 {
            let dayStart = viewer.adding(days: day, to: weekStart)
            let x = rect.x + geometry.labelWidth + day * geometry.dayWidth
            let isToday = dayStart == today
            let heading = TimeText.day(dayStart, zone: state.viewerZone)
            let short = heading.split(separator: " ").prefix(2).joined(separator: " ")
            buffer.put(heading.count <= geometry.dayWidth - 1 ? heading : short, x: x, y: rect.y, maxWidth: geometry.dayWidth - 1,
                       style: Style(role: isToday ? .emphasis : .header, attributes: isToday ? [.bold, .underline] : .bold))
            var nextFree = x
            var labels: [Range<Int>] = []
            for cell in 0..<geometry.cellsPerDay {
                let hour = cell * geometry.hoursPerCell
                let label = String(hour)
                let cellX = x + cell
                if hour % 6 == 0, cellX >= nextFree, cellX + label.count <= x + geometry.cellsPerDay {
                    buffer.put(label, x: cellX, y: rect.y + 1, style: Style(role: .textDim))
                    labels.append(cellX..<(cellX + label.count))
                    nextFree = cellX + label.count + 1
                }
            }
            // A marker on an hour label blanks the whole label: "↓2" over "12" reads as hour 2.
            func mark(_ glyph: String, at cellX: Int, style: Style) {
                if let label = labels.first(where: { $0.contains(cellX) }) {
                    buffer.put(String(repeating: " ", count: label.count), x: label.lowerBound, y: rect.y + 1, style: Style(role: .textDim))
                }
                buffer.put(glyph, x: cellX, y: rect.y + 1, style: style)
            }
            let nextDay = viewer.adding(days: 1, to: dayStart)
            if cursorCell >= dayStart, cursorCell < nextDay, context.state.calendar.cursor != nil {
                let cell = min(geometry.cellsPerDay - 1, Int(cursorCell.timeIntervalSince(dayStart) / hours))
                mark(state.glyphs.arrowDown, at: x + cell, style: Style(role: .selection, attributes: .bold))
            }
            if state.now >= dayStart, state.now < nextDay {
                let cell = min(geometry.cellsPerDay - 1, Int(state.now.timeIntervalSince(dayStart) / hours))
                mark(state.glyphs.nowMarker, at: x + cell, style: Style(role: .nowMarker, attributes: .bold))
            }
        }

        let rows = rect.height - 2
        let selectedIndex = context.selected?.index ?? 0
        let offset = laneOffset(selected: selectedIndex, current: state.calendar.laneScroll, rows: rows, count: context.lanes.count)
        for row in 0..<rows {
            let index = offset + row
            guard index < context.lanes.count else { break }
            let lane = context.lanes[index]
            let y = rect.y + 2 + row
            let isSelected = index == selectedIndex
            let label = (isSelected ? state.glyphs.pointer : " ") + lane.title
            buffer.put(truncate(label, toWidth: geometry.labelWidth - 1, ellipsis: state.glyphs.ellipsis), x: rect.x, y: y,
                       style: Style(role: isSelected ? .emphasis : .text, attributes: isSelected ? .bold : []))
            let occurrences = context.occurrences(lane, from: weekStart, to: weekEnd)
            let releases = context.releases(lane, from: weekStart, to: weekEnd)
            for day in 0..<7 {
                let dayStart = viewer.adding(days: day, to: weekStart)
                let x = rect.x + geometry.labelWidth + day * geometry.dayWidth
                for cell in 0..<geometry.cellsPerDay {
                    let from = dayStart.addingTimeInterval(Double(cell) * hours)
                    let to = cell == geometry.cellsPerDay - 1 ? viewer.adding(days: 1, to: dayStart) : from.addingTimeInterval(hours)
                    let kind = CalendarShading.kind(occurrences, from: from, to: to)
                    var text = marks.mark(kind)
                    var style = Style(role: CalendarGlyphs.role(kind))
                    let planned = releases.filter { $0.release.plannedStart >= from && $0.release.plannedStart < to }
                    if !planned.isEmpty {
                        let flagged = planned.contains(where: \.isFlagged)
                        text = flagged ? marks.flaggedRelease : marks.release
                        style = Style(role: flagged ? .statusCrit : .accent, attributes: .bold)
                    }
                    if isSelected && from == cursorCell { style = Style(role: .selection, attributes: .reverse) }
                    buffer.put(text, x: x + cell, y: y, style: style)
                }
            }
        }

        guard let selected = context.selected else { return nil }
        let slotEnd = cursorCell.addingTimeInterval(hours)
        return CalendarTarget(
            lane: selected.lane, start: context.cursor, duration: Readiness.defaultDuration,
            occurrences: context.occurrences(selected.lane, from: cursorCell, to: slotEnd), release: nil
        )
    }

    /// The first lane shown: as before, moved just enough to show the selected lane.
    static func laneOffset(selected: Int, current: Int, rows: Int, count: Int) -> Int {
        guard rows > 0 else { return 0 }
        var offset = min(max(0, current), max(0, count - rows))
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        return max(0, offset)
    }
}
