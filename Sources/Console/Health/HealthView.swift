import TerminalUI

/// Draws the Health view into the content area.
enum HealthView {
    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        NotBuiltView.render(.health, in: rect, buffer: &buffer)
    }
}
