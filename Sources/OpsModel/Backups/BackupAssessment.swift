import Foundation

/// Judges an environment's recoverability per semantics.md "Backups and recovery".
public enum BackupAssessment {
    /// The verdict for one environment at `now`.
    ///
    /// - Parameters:
    ///   - backups: what the backup tool and PostgreSQL report; nil means no data (`unknown`).
    ///   - restoreTests: restore test records; those of other environments are ignored.
    ///   - policy: the environment's tier objectives (RPO, RTO, restore-test interval).
    ///   - now: the clock; the model never reads one itself.
    ///   - staleAfter: when given, backup data observed longer ago than this is `unknown`.
    public static func assess(_ backups: EnvironmentBackups?, restoreTests: [RestoreTest], policy: TierPolicy, now: Date, staleAfter: TimeInterval? = nil) -> BackupVerdict {
        guard let backups else {
            return BackupVerdict(
                rpo: policy.rpo, lastRestoreTest: RestoreTestRule.latest(restoreTests),
                reasons: [Reason(rule: StanzaStatusRule.rule, status: .unknown, message: "no backup data")]
            )
        }
        let tests = restoreTests.filter { $0.environmentID == backups.environmentID }
        let chain = BackupChain(backups.backups)
        let point = RecoveryPointRule.point(chain, archive: backups.archive)

        var reasons: [Reason] = []
        if let staleAfter, let observed = backups.observedAt, now.timeIntervalSince(observed) > staleAfter {
            let age = now.timeIntervalSince(observed)
            reasons.append(Reason(rule: "backup.stale", status: .unknown, message: "backup data \(BackupWording.duration(age)) old (stale after \(BackupWording.duration(staleAfter)))", data: ["observed_at": BackupWording.iso(observed)]))
        }
        reasons += StanzaStatusRule.reasons(backups.status, stanza: backups.stanza)
        reasons += RecoveryPointRule.reasons(point, chain: chain, statusKnown: backups.status != nil, rpo: policy.rpo, now: now)
        reasons += ArchiveRule.reasons(backups.archive, now: now)
        reasons += ChainRule.reasons(chain)
        reasons += RestoreTestRule.reasons(tests, policy: policy, now: now)
        reasons += ProtectionPolicyRule.reasons(backups, chain: chain, tier: policy)
        reasons += AuxiliaryBackupRule.reasons(backups.auxiliary, rpo: policy.rpo, now: now)

        return BackupVerdict(
            recoveryPoint: point?.date,
            exposure: point.map { now.timeIntervalSince($0.date) },
            rpo: policy.rpo,
            oldestRestorable: RecoveryPointRule.oldestRestorable(chain, archive: backups.archive),
            lastFull: chain.newest(.full),
            lastDiff: chain.newest(.diff),
            lastIncr: chain.newest(.incr),
            chainResolves: ChainRule.resolves(chain),
            inProgress: backups.status?.backupInProgress ?? false,
            archiveBroken: ArchiveRule.isBroken(backups.archive),
            lastRestoreTest: RestoreTestRule.latest(tests),
            reasons: worstFirst(reasons)
        )
    }

    /// Stable sort, worst status first, so the screen's first line is the one that matters.
    static func worstFirst(_ reasons: [Reason]) -> [Reason] {
        reasons.enumerated()
            .sorted { ($0.element.status.severity, $1.offset) > ($1.element.status.severity, $0.offset) }
            .map(\.element)
    }
}
