/// Production-only checks of how backups are kept: retention, encryption, immutability, off-site copy.
enum ProtectionPolicyRule {
    /// Each check's rule name.
    static let retentionRule = "backup.retention"
    static let encryptionRule = "backup.encryption"
    static let immutabilityRule = "backup.immutability"
    static let offsiteRule = "backup.offsite"
    static let policyRule = "backup.policy"

    /// `warn` per shortfall on a production tier; nothing on other tiers.
    static func reasons(_ backups: EnvironmentBackups, chain: BackupChain, tier: TierPolicy) -> [Reason] {
        guard tier.tier.isProduction else { return [] }
        var reasons: [Reason] = []
        let encryptionRequired = backups.policy?.encryptionRequired ?? true
        // Only a short cipher can be `none` or `mixed`: `aes-256-cbc` is not lowercased for nothing.
        if encryptionRequired, let written = backups.cipher, written.utf8.count <= 5 {
            let cipher = written.lowercased()
            if cipher == "none" {
                reasons.append(Reason(rule: encryptionRule, status: .warn, message: "backups not encrypted (repository cipher none)", data: ["cipher": cipher]))
            } else if cipher == "mixed" {
                reasons.append(Reason(rule: encryptionRule, status: .warn, message: "not every repository is encrypted (cipher mixed)", data: ["cipher": cipher]))
            }
        }
        guard let policy = backups.policy else {
            reasons.append(Reason(rule: policyRule, status: .warn, message: "no backup policy declared: retention, immutability and off-site copy unchecked"))
            return reasons
        }
        // Only fulls that are themselves restorable count towards retention; without the tool's
        // status the list is not vouched for, so it is not counted (the stanza reason says unknown).
        let fulls = chain.backups.reduce(0) { count, set in
            count + (set.type == .full && (chain.defects.isEmpty || chain.defects[set.label] == nil) ? 1 : 0)
        }
        if backups.status != nil, fulls < policy.fullRetention {
            reasons.append(Reason(rule: retentionRule, status: .warn, message: "\(fulls) full backup\(fulls == 1 ? "" : "s") retained, policy keeps \(policy.fullRetention)", data: ["retained_full": String(fulls), "policy_full": String(policy.fullRetention)]))
        }
        if !policy.immutable {
            reasons.append(Reason(rule: immutabilityRule, status: .warn, message: "backups not immutable: a compromised host or operator could delete them"))
        }
        if !policy.offsiteCopy {
            reasons.append(Reason(rule: offsiteRule, status: .warn, message: "no backup copy in a separate failure domain"))
        }
        return reasons
    }
}
