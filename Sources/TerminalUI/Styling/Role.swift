/// A semantic colour role: what a piece of text means, which a theme turns into colours.
///
/// Raw values are the names used in theme files (`[roles.status-crit]`); every theme maps every role.
public enum Role: String, CaseIterable, Hashable, Sendable {
    /// Ordinary text.
    case text
    /// Secondary, less important text.
    case textDim = "text-dim"
    /// Text that should stand out within ordinary text.
    case emphasis
    /// Titles of boxes and panels.
    case title
    /// Table column headers.
    case header
    /// Box borders and separators.
    case border
    /// The active tab.
    case tabActive = "tab-active"
    /// Tabs that are not active.
    case tabInactive = "tab-inactive"
    /// The status bar background and its text.
    case statusBar = "status-bar"
    /// Highlighted items within the status bar.
    case statusBarAccent = "status-bar-accent"
    /// The selected row in the focused view.
    case selection
    /// The selected row in a view without focus.
    case selectionInactive = "selection-inactive"
    /// Healthy status.
    case statusOK = "status-ok"
    /// Degraded status that needs attention.
    case statusWarn = "status-warn"
    /// Failed or critical status.
    case statusCrit = "status-crit"
    /// Status that is not known (no data, stale source).
    case statusUnknown = "status-unknown"
    /// A hard change freeze.
    case freezeHard = "freeze-hard"
    /// A soft change freeze (changes need extra approval).
    case freezeSoft = "freeze-soft"
    /// A maintenance window.
    case maintenance
    /// The marker for the current time on timelines and calendars.
    case nowMarker = "now-marker"
    /// A general accent colour.
    case accent
    /// The label of a key hint.
    case keyHint = "key-hint"
    /// The key of a key hint.
    case keyHintKey = "key-hint-key"
    /// Error messages.
    case error
    /// Data that is old enough to distrust.
    case stale
    /// Values that changed since the last refresh.
    case changed
    /// Sparkline glyphs.
    case sparkline
    /// Links and references that can be followed.
    case link
    /// Commands, identifiers and other literal text.
    case code
    /// Small labels such as counts and tags.
    case badge
    /// Overlays drawn above the screen (help, command line).
    case overlay
    /// The text input line.
    case inputLine = "input-line"
    /// Group header rows in tables and lists.
    case groupHeader = "group-header"
}

extension Role {
    /// Roles whose colour carries meaning: on a selected row they keep their text colour on the
    /// selection's background instead of taking the selection's look.
    public static let keepsColourWhenSelected: Set<Role> = [.statusOK, .statusWarn, .statusCrit, .statusUnknown, .stale]

    /// The roles a row can be selected with.
    public static let selections: [Role] = [.selection, .selectionInactive]
}
