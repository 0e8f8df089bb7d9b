import Foundation
import OpsModel
import TerminalUI

/// How the Calendar view spells times: in the viewer's zone, which the view's title names.
enum CalendarText {
    /// `Fri 27 Nov 09:00`.
    static func slot(_ date: Date, zone: TimeZone) -> String {
        "\(TimeText.day(date, zone: zone)) \(TimeText.clock(date, zone: zone))"
    }

    /// `Thu 19 Nov 23:00 → Thu 31 Dec 23:00`, or `Sat 28 Nov 09:00 → 10:30` within one day.
    static func span(_ start: Date, _ end: Date, zone: TimeZone, arrow: String) -> String {
        let sameDay = TimeText.day(start, zone: zone) == TimeText.day(end, zone: zone)
        return "\(slot(start, zone: zone)) \(arrow) \(sameDay ? TimeText.clock(end, zone: zone) : slot(end, zone: zone))"
    }

    /// The window's own zone, when it has one and it differs from the viewer's.
    static func windowZone(_ window: FreezeWindow) -> TimeZone? {
        switch window.schedule {
        case .instants: return nil
        case let .local(_, _, zone), let .recurring(_, _, zone): return TimeZone(identifier: zone)
        }
    }

    /// The separator between parts of a line: a middle dot, or a hyphen on an ASCII terminal.
    static func dot(_ glyphs: GlyphSet) -> String {
        glyphs == .ascii ? "-" : "·"
    }

    /// `freeze`, `soft freeze`, `maintenance`.
    static func kind(_ kind: WindowKind) -> String {
        switch kind {
        case .freeze: return "freeze"
        case .softFreeze: return "soft freeze"
        case .maintenance: return "maintenance"
        }
    }
}
