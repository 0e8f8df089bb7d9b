/// Turns pgBackRest's stanza status (codes 0–6 and 99, and the backup lock) into reasons.
enum StanzaStatusRule {
    /// The rule name of every reason here except the running-backup one.
    static let rule = "backup.stanza"
    /// The rule name of the running-backup reason.
    static let inProgressRule = "backup.in-progress"

    /// One reason per non-zero code, in the tool's words; the lock adds an `ok` in-progress reason.
    static func reasons(_ status: StanzaStatus?, stanza: String) -> [Reason] {
        guard let status else {
            return [Reason(rule: rule, status: .unknown, message: "backup tool status not known for stanza \(stanza)", data: ["stanza": stanza])]
        }
        var reasons: [Reason] = []
        if status.backupInProgress {
            // pgBackRest holds the backup lock while a backup (or expire) runs; that is work, not failure.
            reasons.append(Reason(rule: inProgressRule, status: .ok, message: "backup or expire running now (pgBackRest lock held)", data: ["stanza": stanza]))
        }
        // Nothing more to say for code 0, as nearly every stanza has: the words only for the others.
        guard status.code != 0 else { return reasons }
        let data = ["stanza": stanza, "code": String(status.code), "message": status.message]
        let tool = "pgBackRest: \(status.message.isEmpty ? "code \(status.code)" : status.message)"
        let verdict: (Status, String)?
        switch status.code {
        case 0:
            verdict = nil
        case 1:
            verdict = (.crit, "stanza missing from the repository (\(tool))")
        case 2:
            let running = status.backupInProgress ? "; first backup running now" : ""
            verdict = (.crit, "no backup at all (\(tool))\(running)")
        case 3:
            verdict = (.crit, "repository is missing the stanza's backup or archive info (\(tool))")
        case 4:
            // One repository disagrees with another; the good one may still restore, so not crit by itself.
            verdict = (.warn, "repositories disagree about this stanza (\(tool))")
        case 5:
            verdict = (.crit, "a repository holds a different database for this stanza (\(tool))")
        case 6:
            // Only printed when info was asked about one backup set: a question about the query, not the backups.
            verdict = (.unknown, "the backup set asked for was not found (\(tool))")
        case 99:
            verdict = (.crit, "repository cannot be read (\(tool))")
        default:
            verdict = (.unknown, "unrecognised pgBackRest status code \(status.code) (\(tool))")
        }
        if let (severity, message) = verdict {
            reasons.append(Reason(rule: rule, status: severity, message: message, data: data))
        }
        return reasons
    }
}
