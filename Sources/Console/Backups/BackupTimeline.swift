import Foundation
import OpsModel
import TerminalUI

/// The detail pane's time axis: each backup set at its finish, the point-in-time window as a bar,
/// restore tests, and now at the right edge.
enum BackupTimeline {
    /// The axis spans at least this long back from now.
    static let minimumSpan: TimeInterval = 14 * 86_400
    /// …and is stretched to show older retained backups, up to this long.
    static let maximumSpan: TimeInterval = 42 * 86_400
    /// Columns of the row labels (`F 20261118-010003F`).
    static let labelWidth = 18

    /// Maps instants to plot columns `0..<width`, with now in the last column.
    struct Axis {
        var start: Date
        var end: Date
        var width: Int

        /// The column of an instant; nil when it lies outside the axis.
        func column(_ date: Date) -> Int? {
            guard date >= start, date <= end, width > 1 else { return nil }
            let share = date.timeIntervalSince(start) / end.timeIntervalSince(start)
            return min(width - 1, max(0, Int((share * Double(width - 1)).rounded())))
        }

        /// The column of an instant, pinned to the edges when it lies outside.
        func clampedColumn(_ date: Date) -> Int {
            if date < start { return 0 }
            if date > end { return width - 1 }
            return column(date) ?? 0
        }
    }

    /// Glyphs the axis needs beyond the shared set, chosen to match it: ASCII sets get ASCII.
    struct Marks {
        var bar: String
        var link: String

        init(_ glyphs: GlyphSet) {
            let ascii = glyphs.horizontal.unicodeScalars.allSatisfy(\.isASCII)
            bar = ascii ? "=" : "━"
            link = ascii ? "." : "·"
        }
    }

    /// The axis span: two weeks, or enough to reach the oldest retained backup (within the maximum), in whole days.
    static func span(_ entry: BackupsEntry, now: Date) -> TimeInterval {
        let oldest = (entry.records?.backups.map(\.stop) ?? []) + [entry.verdict.oldestRestorable].compactMap { $0 }
        let reach = oldest.map { now.timeIntervalSince($0) }.max() ?? 0
        let wanted = max(minimumSpan, reach + 86_400 / 2)
        return min(maximumSpan, (wanted / 86_400).rounded(.up) * 86_400)
    }

    /// The axis as lines for a pane `width` columns wide.
    static func lines(_ entry: BackupsEntry, now: Date, zone: TimeZone, glyphs: GlyphSet, width: Int) -> [StyledLine] {
        // Indent, label, gap, plot, now marker, and room for the `now` label over the marker.
        let plotWidth = width - 2 - labelWidth - 1 - 1 - 4
        guard plotWidth >= 20 else {
            return [StyledLine([Span("  (the time axis needs a wider screen)", style: Style(role: .textDim))])]
        }
        let span = span(entry, now: now)
        let axis = Axis(start: now.addingTimeInterval(-span), end: now, width: plotWidth)
        let marks = Marks(glyphs)
        let dim = Style(role: .textDim)
        var lines: [StyledLine] = []

        lines.append(StyledLine([Span("  " + padRight("", toWidth: labelWidth) + " "), Span(tickLabels(axis, zone: zone), style: dim), Span("now", style: Style(role: .nowMarker, attributes: .bold))]))
        lines.append(row(label: "", cells: tickRule(axis, zone: zone, glyphs: glyphs), axisEnd: glyphs.nowMarker, labelStyle: dim))

        let chain = BackupChain(entry.records?.backups ?? [])
        let columns = Dictionary(chain.backups.map { ($0.label, axis.clampedColumn($0.stop)) }, uniquingKeysWith: { first, _ in first })
        for set in chain.backups {
            var cells = blank(plotWidth)
            let own = axis.clampedColumn(set.stop)
            // The chain drawn back to the prior it builds on; a prior no longer retained is drawn from the left edge.
            if set.type != .full {
                let from = set.prior.flatMap { columns[$0] } ?? 0
                if from < own {
                    for column in from..<own { cells[column] = Span(marks.link, style: dim) }
                }
                if set.prior.flatMap({ columns[$0] }) == nil {
                    cells[0] = Span(glyphs.arrowLeft, style: StatusText.style(.crit))
                }
            }
            let good = chain.isGood(set.label)
            let letter = String(set.type.rawValue.prefix(1)).uppercased()
            let marker = set.stop < axis.start ? glyphs.arrowLeft : (good ? letter : glyphs.statusCrit)
            cells[own] = Span(marker, style: good ? Style(role: .accent, attributes: .bold) : StatusText.style(.crit))
            lines.append(row(label: "\(letter) \(set.shortLabel)", cells: cells, axisEnd: glyphs.nowMarker, labelStyle: good ? .plain : StatusText.style(.crit)))
        }
        if chain.backups.isEmpty {
            lines.append(row(label: "backups", cells: text("none retained", width: plotWidth, style: StatusText.style(entry.records == nil ? .unknown : .crit)), axisEnd: glyphs.nowMarker, labelStyle: dim))
        }

        lines.append(row(label: "PITR window", cells: windowCells(entry, axis: axis, marks: marks, glyphs: glyphs), axisEnd: glyphs.nowMarker, labelStyle: dim))
        lines.append(row(label: "restore tests", cells: testCells(entry, axis: axis, glyphs: glyphs), axisEnd: glyphs.nowMarker, labelStyle: dim))
        let legend = "F/D/I full/diff/incr at finish  \(glyphs.statusCrit) not restorable  \(marks.link) builds on  \(marks.bar) point-in-time window  \(glyphs.statusOK)/\(glyphs.statusCrit) restore test  \(glyphs.arrowLeft) older"
        lines += StyledLine([Span(legend, style: dim)]).wrapped(toWidth: max(10, width - 4)).map { StyledLine([Span("  ")] + $0.spans) }
        return lines
    }

    /// The point-in-time window as a bar from the oldest restorable instant to the recovery point, then the exposure to now.
    static func windowCells(_ entry: BackupsEntry, axis: Axis, marks: Marks, glyphs: GlyphSet) -> [Span] {
        let verdict = entry.verdict
        guard let records = entry.records else { return text("no backup data", width: axis.width, style: StatusText.style(.unknown)) }
        guard let point = verdict.recoveryPoint, let oldest = verdict.oldestRestorable else {
            return text("nothing restorable", width: axis.width, style: StatusText.style(.crit))
        }
        var cells = blank(axis.width)
        let exposureStatus = verdict.reasons(rule: "backup.rpo").first?.status ?? .unknown
        let from = axis.clampedColumn(oldest), to = axis.clampedColumn(point)
        if records.archive == nil {
            // Without WAL only the backups themselves can be restored: mark them, draw no window.
            for set in BackupChain(records.backups).good {
                if let column = axis.column(set.stop) { cells[column] = Span(glyphs.bullet, style: Style(role: .accent)) }
            }
        } else {
            for column in from...max(from, to) { cells[column] = Span(marks.bar, style: Style(role: .accent, attributes: .bold)) }
            if oldest < axis.start { cells[0] = Span(glyphs.arrowLeft, style: Style(role: .accent, attributes: .bold)) }
        }
        if to + 1 < axis.width {
            for column in (to + 1)..<axis.width { cells[column] = Span(glyphs.horizontal, style: StatusText.style(exposureStatus)) }
        }
        return cells
    }

    /// Restore tests at their instant: a tick for success, a cross for failure, an arrow when older than the axis.
    static func testCells(_ entry: BackupsEntry, axis: Axis, glyphs: GlyphSet) -> [Span] {
        guard !entry.restoreTests.isEmpty else {
            return text("never tested", width: axis.width, style: Style(role: .textDim))
        }
        var cells = blank(axis.width)
        // Oldest first, so a newer test drawn on the same column wins.
        for test in entry.restoreTests.reversed() {
            let status: Status = test.succeeded ? .ok : .crit
            if let column = axis.column(test.at) {
                cells[column] = Span(StatusText.glyph(status, glyphs), style: StatusText.style(status))
            } else if test.at < axis.start, cells[0].text == " " {
                cells[0] = Span(glyphs.arrowLeft, style: Style(role: .textDim))
            }
        }
        return cells
    }

    /// A rule with a tick under each labelled day.
    static func tickRule(_ axis: Axis, zone: TimeZone, glyphs: GlyphSet) -> [Span] {
        var cells = [Span](repeating: Span(glyphs.horizontal, style: Style(role: .border)), count: axis.width)
        for tick in ticks(axis, zone: zone) {
            cells[tick.column] = Span(glyphs.teeDown, style: Style(role: .border))
        }
        return cells
    }

    /// Day labels (`20 Nov`) placed over their ticks, as many as fit without touching.
    static func tickLabels(_ axis: Axis, zone: TimeZone) -> String {
        var characters = [Character](repeating: " ", count: axis.width)
        for tick in ticks(axis, zone: zone) {
            for (offset, character) in tick.label.enumerated() where tick.column + offset < axis.width {
                characters[tick.column + offset] = character
            }
        }
        return String(characters)
    }

    /// Midnights in the viewer's zone, every few days so labels keep a gap between them.
    static func ticks(_ axis: Axis, zone: TimeZone) -> [(column: Int, label: String)] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let labelWidth = 6
        let days = axis.end.timeIntervalSince(axis.start) / 86_400
        let columnsPerDay = Double(axis.width - 1) / max(1, days)
        let step = max(1, Int((Double(labelWidth + 2) / max(0.1, columnsPerDay)).rounded(.up)))
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var result: [(Int, String)] = []
        var day = calendar.startOfDay(for: axis.start)
        while day <= axis.end {
            if day >= axis.start, let column = axis.column(day), column + labelWidth < axis.width {
                let parts = calendar.dateComponents([.day, .month], from: day)
                let label = "\(parts.day ?? 0) \(months[((parts.month ?? 1) - 1) % 12])"
                result.append((column, label))
            }
            guard let next = calendar.date(byAdding: .day, value: 1, to: day) else { break }
            day = next
        }
        // Keep every `step`-th, counting back from the newest.
        let kept = result.reversed().enumerated().filter { $0.offset % step == 0 }.map(\.element)
        return kept.reversed()
    }

    static func blank(_ width: Int) -> [Span] {
        [Span](repeating: Span(" "), count: width)
    }

    /// A short note in place of a plot row.
    static func text(_ note: String, width: Int, style: Style) -> [Span] {
        var cells = blank(width)
        for (offset, character) in note.enumerated() where offset < width {
            cells[offset] = Span(String(character), style: style)
        }
        return cells
    }

    /// `  label              <plot>┃`.
    static func row(label: String, cells: [Span], axisEnd: String, labelStyle: Style) -> StyledLine {
        var spans = [Span("  "), Span(padRight(truncate(label, toWidth: labelWidth, ellipsis: ""), toWidth: labelWidth), style: labelStyle), Span(" ")]
        // Neighbouring cells in one style become one span, so the line stays short.
        for cell in cells {
            if let last = spans.last, last.style == cell.style, spans.count > 3 {
                spans[spans.count - 1].text += cell.text
            } else {
                spans.append(cell)
            }
        }
        spans.append(Span(axisEnd, style: Style(role: .nowMarker, attributes: .bold)))
        return StyledLine(spans)
    }
}
