/// The four states of every verdict; `unknown` (missing, stale, unreadable) is never `ok`.
public enum Status: String, Sendable, Codable, CaseIterable, Hashable {
    case ok
    case warn
    case crit
    case unknown

    /// How bad a state is for ordering: crit, then warn, then unknown, then ok.
    public var severity: Int {
        switch self {
        case .crit: return 3
        case .warn: return 2
        case .unknown: return 1
        case .ok: return 0
        }
    }

    /// Roll-up per semantics.md: crit if any crit; else warn if any warn; else unknown if any
    /// unknown; else ok. An empty input has nothing to vouch for it and is `unknown`.
    /// Inlinable, so other modules call it made for their sequence: called generically, the
    /// runtime looked up the sequence's iterator by name (~100,000 instructions a call, three
    /// of them on the way to the first frame; callgrind).
    @inlinable
    public static func rollUp<S: Sequence>(_ statuses: S) -> Status where S.Element == Status {
        var sawAny = false
        var worst = Status.ok
        for status in statuses {
            sawAny = true
            if status.severity > worst.severity { worst = status }
            if worst == .crit { return .crit }
        }
        return sawAny ? worst : .unknown
    }
}
