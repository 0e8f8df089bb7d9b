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
        // The sets by label, sorted, for a binary search: two dictionaries by label (each
        // look-up a hash of the label) were a third of an environment's backup verdict.
        // Sorted by label, then by place in the list, so the first copy of a label comes first.
        let byPlace = sets.indices.sorted { (sets[$0].label, $0) < (sets[$1].label, $1) }
        var chosen: [BackupSet] = []
        chosen.reserveCapacity(byPlace.count)
        for index in byPlace {
            let set = sets[index]
            if let last = chosen.last, last.label == set.label {
                // The first copy without the error flag, else the first.
                if last.error && !set.error { chosen[chosen.count - 1] = set }
                continue
            }
            chosen.append(set)
        }

        func position(of label: String) -> Int? {
            var low = 0
            var high = chosen.count
            while low < high {
                let middle = (low + high) / 2
                if chosen[middle].label < label { low = middle + 1 } else { high = middle }
            }
            return low < chosen.count && chosen[low].label == label ? low : nil
        }

        // A label being resolved is on the current path of priors: meeting it again is a loop.
        var found = [Resolution?](repeating: nil, count: chosen.count)

        func defect(at index: Int) -> BackupDefect? {
            if case .resolved(let known)? = found[index] { return known }
            let set = chosen[index]
            found[index] = .resolving
            let result: BackupDefect?
            if set.error {
                result = .flaggedError
            } else if set.type == .full {
                result = nil
            } else if let prior = set.prior {
                if let priorIndex = position(of: prior) {
                    if let missing = set.references.first(where: { position(of: $0) == nil }) {
                        result = .missingReference(missing)
                    } else if case .resolving? = found[priorIndex] {
                        result = .cycle
                    } else if defect(at: priorIndex) != nil {
                        result = .priorNotGood(prior)
                    } else {
                        result = nil
                    }
                } else {
                    result = .missingPrior(prior)
                }
            } else {
                result = .noPrior
            }
            found[index] = .resolved(result)
            return result
        }

        let ordered = chosen.indices.sorted { (chosen[$0].stop, chosen[$0].label) < (chosen[$1].stop, chosen[$1].label) }
        var defects: [String: BackupDefect] = [:]
        for index in ordered {
            if let problem = defect(at: index) { defects[chosen[index].label] = problem }
        }
        self.backups = ordered.map { chosen[$0] }
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
