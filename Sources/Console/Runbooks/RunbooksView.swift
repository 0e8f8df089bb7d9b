import TerminalUI

/// Draws the Runbooks view into the content area.
enum RunbooksView {
    static func render(_ state: AppState, in rect: Rect, buffer: inout Buffer) {
        NotBuiltView.render(.runbooks, in: rect, buffer: &buffer)
    }
}
