import Foundation

extension Alert {
    /// Alertmanager's severity label as a status: `critical`/`page` is crit, `warning` is warn,
    /// anything else (`info`, none) is unknown rather than ok, since an alert is firing.
    public var status: Status {
        switch severity.lowercased() {
        case "critical", "crit", "page", "error": return .crit
        case "warning", "warn": return .warn
        default: return .unknown
        }
    }

    /// Alerts worst first: paging ones before suppressed ones, then by status, then oldest first.
    public static func triageOrder(_ lhs: Alert, _ rhs: Alert) -> Bool {
        if lhs.isSuppressed != rhs.isSuppressed { return !lhs.isSuppressed }
        if lhs.status.severity != rhs.status.severity { return lhs.status.severity > rhs.status.severity }
        if lhs.startsAt != rhs.startsAt { return lhs.startsAt < rhs.startsAt }
        return lhs.name < rhs.name
    }
}
