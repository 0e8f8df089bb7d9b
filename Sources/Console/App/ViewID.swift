/// The five views of the console, in tab order.
public enum ViewID: Int, CaseIterable, Sendable, Hashable {
    case environments = 1
    case health
    case calendar
    case runbooks
    case backups

    /// The tab title.
    public var title: String {
        switch self {
        case .environments: return "Environments"
        case .health: return "Health"
        case .calendar: return "Calendar"
        case .runbooks: return "Runbooks"
        case .backups: return "Backups"
        }
    }

    /// The `:` command that opens the view.
    public var commandName: String { title.lowercased() }
}
