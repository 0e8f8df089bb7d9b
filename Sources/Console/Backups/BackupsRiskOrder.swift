import OpsModel

/// The order the Backups view and `opsdeck backups` list environments in: the riskiest first.
public enum BackupsRiskOrder {
    /// Worse backup status first; within a status, the larger share of the RPO already exposed
    /// (no recovery point at all counts as the largest); then the environment id, for a stable order.
    public static func isRiskier(_ lhs: BackupsEntry, _ rhs: BackupsEntry) -> Bool {
        let left = lhs.verdict.status.severity, right = rhs.verdict.status.severity
        if left != right { return left > right }
        let leftRatio = lhs.exposureRatio ?? .infinity, rightRatio = rhs.exposureRatio ?? .infinity
        if leftRatio != rightRatio { return leftRatio > rightRatio }
        return lhs.id < rhs.id
    }
}
