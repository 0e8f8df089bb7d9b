/// Everything a key can ask the console to do; the keymap maps keys to these.
public enum Action: String, Sendable, Hashable, CaseIterable {
    case quit
    case help
    case refresh
    case nextView = "next-view"
    case previousView = "previous-view"
    case showEnvironments = "view-environments"
    case showHealth = "view-health"
    case showCalendar = "view-calendar"
    case showRunbooks = "view-runbooks"
    case showBackups = "view-backups"
    case moveUp = "up"
    case moveDown = "down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case moveToTop = "top"
    case moveToBottom = "bottom"
    case drillIn = "drill-in"
    case back
    case filter
    case commandLine = "command-line"
    case cycleGrouping = "cycle-grouping"
    case sortNext = "sort-next-column"
    case sortReverse = "sort-reverse"
    case calendarAgenda = "calendar-agenda"
    case calendarWeek = "calendar-week"
    case calendarMonth = "calendar-month"
    case earlierSlot = "earlier-slot"
    case laterSlot = "later-slot"
    case copyCommand = "copy-command"
    case toggleStep = "toggle-step"
    case addNote = "add-note"
    case startIncident = "start-incident"
}
