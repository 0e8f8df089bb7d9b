import TerminalUI

/// Draws the Backups view into the content area.
enum BackupsView {
    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        NotBuiltView.render(.backups, in: rect, buffer: &buffer)
    }
}
