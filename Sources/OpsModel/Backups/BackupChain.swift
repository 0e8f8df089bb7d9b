/// Why a backup set cannot be counted as restorable.
public enum BackupDefect: Sendable, Hashable {
    /// The tool flagged an error (e.g. page checksum failures) in this backup.
    case flaggedError
    /// A diff or incr that names no prior backup at all.
    case noPrior
    /// The prior backup (by label) is no longer retained.
    case missingPrior(String)
    /// A referenced backup (by label) is no longer retained.
    case missingReference(String)
    /// The prior backup is retained but is itself not restorable.
    case priorNotGood(String)
    /// The prior chain loops back on itself and never reaches a full backup.
    case cycle
}

/// Which backup sets are good: finished without error and with every prior retained back to a full.
public struct BackupChain: Sendable, Hashable {
    /// The backup sets, one per label, oldest stop first.
    public let backups: [BackupSet]
    /// The first defect found for each backup that is not good, by label.
    public let defects: [String: BackupDefect]

    /// Resolves every backup's chain.
    ///
    /// A label listed twice (the same backup in two repositories) counts once, preferring a copy
    /// without the error flag. A backup whose prior is retained but not good is not good either:
    /// restoring it restores the prior's files too.
    public init(_ sets: [BackupSet]) {
        var byLabel: [String: BackupSet] = [:]
        for set in sets {
            if let existing = byLabel[set.label], !existing.error || set.error { continue }
            byLabel[set.label] = set
        }
        let ordered = byLabel.values.sorted { ($0.stop, $0.label) < ($1.stop, $1.label) }
        // A label being resolved is on the current path of priors: meeting it again is a loop.
        // (A set of the labels visited, made anew at each step, was half of a chain's cost.)
        var found: [String: Resolution] = [:]

        func defect(of label: String) -> BackupDefect? {
            if case .resolved(let known)? = found[label] { return known }
            guard let set = byLabel[label] else { return .missingPrior(label) }
            found[label] = .resolving
            let result: BackupDefect?
            if set.error {
                result = .flaggedError
            } else if set.type == .full {
                result = nil
            } else if let prior = set.prior {
                if byLabel[prior] == nil {
                    result = .missingPrior(prior)
                } else if let missing = set.references.first(where: { byLabel[$0] == nil }) {
                    result = .missingReference(missing)
                } else if case .resolving? = found[prior] {
                    result = .cycle
                } else if defect(of: prior) != nil {
                    result = .priorNotGood(prior)
                } else {
                    result = nil
                }
            } else {
                result = .noPrior
            }
            found[label] = .resolved(result)
            return result
        }

        var defects: [String: BackupDefect] = [:]
        for set in ordered {
            if let problem = defect(of: set.label) { defects[set.label] = problem }
        }
        self.backups = ordered
        self.defects = defects
    }

    /// A label's defect found, or being found (its priors are being resolved).
    private enum Resolution {
        case resolving
        case resolved(BackupDefect?)
    }

    /// Whether a backup (by label) is retained and good.
    public func isGood(_ label: String) -> Bool {
        backups.contains { $0.label == label } && defects[label] == nil
    }

    /// The good backups, oldest stop first.
    public var good: [BackupSet] { backups.filter { defects[$0.label] == nil } }

    /// The newest good backup, by stop time.
    public var newestGood: BackupSet? { good.last }

    /// The newest backup of a type, good or not, by stop time.
    public func newest(_ type: BackupType) -> BackupSet? {
        backups.last { $0.type == type }
    }
}
