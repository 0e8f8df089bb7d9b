extension AppState {
    /// The `/` filter text of the active view.
    public var activeFilter: String {
        get {
            switch activeView {
            case .environments: return environments.filter
            case .health: return health.filter
            case .calendar: return calendar.filter
            case .runbooks: return runbooks.filter
            case .backups: return backups.filter
            }
        }
        set {
            switch activeView {
            case .environments: environments.filter = newValue
            case .health: health.filter = newValue
            case .calendar: calendar.filter = newValue
            case .runbooks: runbooks.filter = newValue
            case .backups: backups.filter = newValue
            }
        }
    }
}
