import Foundation

/// The backup guardrail: the recovery point is within the RPO, read from the `BackupVerdict`.
///
/// It passes only when the verdict has a recovery point and every reason that speaks to it
/// (recovery point age, WAL archiving, the backup tool's stanza status, stale data) is `ok`.
/// A `warn` recovery point (past 75 % of the RPO) fails it too: a production deploy wants a
/// fresh backup behind it, not one about to fall out of its objective.
enum BackupGuardrail {
    /// The backup verdict's rules that decide whether the recovery point can be trusted.
    static let recoveryPointRules: Set<String> = [RecoveryPointRule.rule, ArchiveRule.rule, StanzaStatusRule.rule, "backup.stale"]

    static func check(_ inputs: GuardrailInputs) -> GuardrailCheck {
        let verdict = inputs.backup
        let relevant = verdict.reasons.filter { recoveryPointRules.contains($0.rule) }
        var data: [String: String] = [
            "backup_status": verdict.status.rawValue,
            "rpo_seconds": BackupWording.seconds(verdict.rpo),
        ]
        if let point = verdict.recoveryPoint { data["recovery_point"] = BackupWording.iso(point) }
        if let exposure = verdict.exposure { data["exposure_seconds"] = BackupWording.seconds(exposure) }
        let failing = relevant.filter { $0.status != .ok }
        if !failing.isEmpty { data["failing_rules"] = failing.map(\.rule).joined(separator: ",") }

        guard let point = verdict.recoveryPoint else {
            let why = failing.first?.message ?? "no recovery point"
            // Missing data is `unknown`; anything else without a recovery point is `crit`.
            let onlyUnknown = !failing.isEmpty && failing.allSatisfy { $0.status == .unknown }
            return fail(status: onlyUnknown ? .unknown : .crit, message: "backup: no recovery point (\(why))", data: data)
        }
        if let worst = failing.max(by: { $0.status.severity < $1.status.severity }) {
            let status: Status = worst.status == .unknown ? .unknown : .crit
            return fail(status: status, message: "backup: \(worst.message)", data: data)
        }
        let exposure = verdict.exposure ?? inputs.now.timeIntervalSince(point)
        let message = "backup: recovery point \(BackupWording.instant(point, now: inputs.now)), "
            + "\(BackupWording.duration(exposure)) ago, within RPO \(BackupWording.duration(verdict.rpo))"
        return GuardrailCheck(guardrail: .backup, passed: true, reason: Reason(rule: Guardrail.backup.rule, status: .ok, message: message, data: data))
    }

    private static func fail(status: Status, message: String, data: [String: String]) -> GuardrailCheck {
        GuardrailCheck(guardrail: .backup, passed: false, reason: Reason(rule: Guardrail.backup.rule, status: status, message: message, data: data))
    }
}
