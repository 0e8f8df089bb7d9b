import Foundation

/// The incident guardrail: no open incident of severity 1 or 2 on the environment.
enum IncidentGuardrail {
    /// Incidents at or below this severity number stop deploys (1 is the worst).
    static let blockingSeverity = 2

    static func check(_ inputs: GuardrailInputs) -> GuardrailCheck {
        let open = inputs.openIncidents.filter { $0.isOpen(at: inputs.now) }.sorted { ($0.severity, $0.openedAt) < ($1.severity, $1.openedAt) }
        let blocking = open.filter { $0.severity <= blockingSeverity }
        var data: [String: String] = ["open_incidents": open.map { "\($0.id) sev \($0.severity)" }.joined(separator: ", ")]
        if !blocking.isEmpty { data["blocking_incidents"] = blocking.map(\.id).joined(separator: ",") }
        if let first = blocking.first {
            let more = blocking.count > 1 ? " and \(blocking.count - 1) more" : ""
            let commander = first.commander.map { ", commander \($0)" } ?? ""
            let message = "incidents: \(first.id) sev \(first.severity) open since \(BackupWording.instant(first.openedAt, now: inputs.now))"
                + "\(commander): \(first.title)\(more)"
            return GuardrailCheck(guardrail: .incidents, passed: false, reason: Reason(rule: Guardrail.incidents.rule, status: .crit, message: message, data: data))
        }
        let others = open.isEmpty ? "" : " (\(open.count) lower-severity open: \(open.map(\.id).joined(separator: ", ")))"
        return GuardrailCheck(guardrail: .incidents, passed: true, reason: Reason(rule: Guardrail.incidents.rule, status: .ok, message: "incidents: no open severity 1–2 incident\(others)", data: data))
    }
}
