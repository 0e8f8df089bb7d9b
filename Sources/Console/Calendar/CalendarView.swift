import TerminalUI

/// Draws the Calendar view into the content area.
enum CalendarView {
    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        NotBuiltView.render(.calendar, in: rect, buffer: &buffer)
    }
}
