import Foundation

/// Whether a runbook's last review is recent enough to trust it.
public enum RunbookReview: Sendable, Hashable {
    /// Reviewed `days` days ago, within the limit.
    case current(days: Int)
    /// Reviewed `days` days ago, at or past the limit.
    case stale(days: Int)
    /// No review date recorded: treated as stale.
    case never

    /// Runbooks not reviewed for this long carry a warning.
    public static let limitDays = 180

    /// The review state of a runbook at `now`.
    public init(runbook: Runbook, now: Date, limitDays: Int = RunbookReview.limitDays) {
        guard let reviewed = runbook.lastReviewed else {
            self = .never
            return
        }
        let days = Int((now.timeIntervalSince(reviewed) / 86400).rounded(.down))
        self = days >= limitDays ? .stale(days: days) : .current(days: max(0, days))
    }

    /// Whether the runbook should carry a warning.
    public var isStale: Bool {
        if case .current = self { return false }
        return true
    }

    /// `reviewed 74d ago`, `not reviewed for 240 days (limit 180)`, `never reviewed`.
    public var summary: String {
        switch self {
        case .current(let days): return days == 0 ? "reviewed today" : "reviewed \(days)d ago"
        case .stale(let days): return "not reviewed for \(days) days (limit \(Self.limitDays))"
        case .never: return "never reviewed"
        }
    }
}
