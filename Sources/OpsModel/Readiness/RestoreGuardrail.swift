import Foundation

/// The restore guardrail: a restore test succeeded within the tier's interval, as the
/// `BackupVerdict`'s restore-test reason already judged it.
enum RestoreGuardrail {
    static func check(_ inputs: GuardrailInputs) -> GuardrailCheck {
        let verdict = inputs.backup
        let judged = verdict.reasons(rule: RestoreTestRule.rule)
        var data: [String: String] = [:]
        if let interval = inputs.policy.restoreTestInterval { data["interval_seconds"] = BackupWording.seconds(interval) }
        if let last = verdict.lastRestoreTest {
            data["last_test"] = BackupWording.iso(last.at)
            data["last_test_succeeded"] = last.succeeded ? "true" : "false"
            data["last_test_backup"] = last.backupLabel
        }
        for reason in judged { data.merge(reason.data) { current, _ in current } }

        if let worst = judged.max(by: { $0.status.severity < $1.status.severity }) {
            let passed = worst.status == .ok
            let status: Status = passed ? .ok : (worst.status == .unknown ? .unknown : .crit)
            return GuardrailCheck(guardrail: .restore, passed: passed, reason: Reason(rule: Guardrail.restore.rule, status: status, message: "restore: \(worst.message)", data: data))
        }
        guard inputs.policy.restoreTestInterval != nil else {
            return GuardrailCheck(guardrail: .restore, passed: true, reason: Reason(rule: Guardrail.restore.rule, status: .ok, message: "restore: the tier requires no restore test", data: data))
        }
        // The backup verdict judges restore tests only when it has backup data to judge.
        return GuardrailCheck(guardrail: .restore, passed: false, reason: Reason(
            rule: Guardrail.restore.rule, status: .unknown,
            message: "restore: not judged (no backup data for the environment)", data: data
        ))
    }
}
