import TerminalUI

/// How the Health view reacts to actions and keys; called by `Update` when the view is active.
enum HealthUpdate {
    /// Handles an action from the keymap; returns true when the view used it.
    static func perform(_ action: Action, state: inout AppState) -> (handled: Bool, commands: [Command]) {
        (false, [])
    }

    /// Called after the `/` filter text changed, to repair selection and scroll.
    static func filterChanged(state: inout AppState) {}
}
