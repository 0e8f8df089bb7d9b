/// Names every backup that does not count as restorable, and why.
enum ChainRule {
    /// Rule of reasons about prior chains.
    static let rule = "backup.chain"
    /// Rule of reasons about backups the tool flagged with an error.
    static let errorRule = "backup.error"

    /// Whether no retained backup has a structurally broken chain (missing prior, missing reference, loop).
    /// With no backups at all there is no chain to vouch for, so it does not resolve.
    static func resolves(_ chain: BackupChain) -> Bool {
        guard !chain.backups.isEmpty else { return false }
        return !chain.defects.values.contains { defect in
            switch defect {
            case .noPrior, .missingPrior, .missingReference, .cycle: return true
            case .flaggedError, .priorNotGood: return false
            }
        }
    }

    /// One `warn` per backup that is not good; the RPO rule judges what that costs.
    static func reasons(_ chain: BackupChain) -> [Reason] {
        chain.backups.compactMap { set -> Reason? in
            guard let defect = chain.defects[set.label] else { return nil }
            var data = ["label": set.label, "type": set.type.rawValue]
            switch defect {
            case .flaggedError:
                return Reason(rule: errorRule, status: .warn, message: "\(set.displayName) finished with an error flag (e.g. checksum); not counted as restorable", data: data)
            case .noPrior:
                return Reason(rule: rule, status: .warn, message: "\(set.displayName) names no prior backup; not counted as restorable", data: data)
            case .missingPrior(let prior), .missingReference(let prior):
                data["missing"] = prior
                let kind = BackupSet.typeEncoded(in: prior)?.rawValue ?? "backup"
                return Reason(rule: rule, status: .warn, message: "\(set.displayName) references a \(kind) that is no longer retained (\(BackupSet.shortLabel(prior)))", data: data)
            case .priorNotGood(let prior):
                data["prior"] = prior
                let name = chain.backups.first { $0.label == prior }?.displayName ?? BackupSet.shortLabel(prior)
                return Reason(rule: rule, status: .warn, message: "\(set.displayName) builds on \(name), which is not restorable", data: data)
            case .cycle:
                return Reason(rule: rule, status: .warn, message: "\(set.displayName) has a prior chain that loops and never reaches a full", data: data)
            }
        }
    }
}
