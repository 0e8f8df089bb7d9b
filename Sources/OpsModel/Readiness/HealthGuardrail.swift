import Foundation

/// The health guardrail: no `crit` signal and no `unknown` roll-up on the environment.
///
/// The roll-up is `HealthRollUp`'s; a `crit` roll-up means at least one `crit` signal. `warn`
/// passes: the guardrail stops deploys onto a broken or blind environment, not a busy one.
enum HealthGuardrail {
    static func check(_ inputs: GuardrailInputs) -> GuardrailCheck {
        let critical = inputs.signals.filter { $0.verdict.status == .crit }
        let unknown = inputs.signals.filter { $0.verdict.status == .unknown }
        var data: [String: String] = ["roll_up": inputs.health.rawValue, "signals": String(inputs.signals.count)]
        if !critical.isEmpty { data["crit_signals"] = critical.map(describe).joined(separator: "; ") }
        if !unknown.isEmpty { data["unknown_signals"] = unknown.map(describe).joined(separator: "; ") }

        switch inputs.health {
        case .crit:
            let count = critical.count
            let first = critical.first.map { ": \(describe($0))" } ?? ""
            let more = count > 1 ? " and \(count - 1) more" : ""
            return result(passed: false, status: .crit, "health: \(count) crit signal\(count == 1 ? "" : "s")\(first)\(more)", data)
        case .unknown:
            if inputs.signals.isEmpty {
                return result(passed: false, status: .unknown, "health: unknown — the environment has no signals to vouch for it", data)
            }
            let first = unknown.first.map { ": \(describe($0))" } ?? ""
            return result(passed: false, status: .unknown, "health: roll-up unknown, \(unknown.count) of \(inputs.signals.count) signals missing or stale\(first)", data)
        case .warn:
            let warned = inputs.signals.filter { $0.verdict.status == .warn }.count
            return result(passed: true, status: .ok, "health: no crit signal (roll-up warn, \(warned) signal\(warned == 1 ? "" : "s") in warn)", data)
        case .ok:
            return result(passed: true, status: .ok, "health: all \(inputs.signals.count) signals ok", data)
        }
    }

    /// `key on component = value unit (note)`, the data a person checks first.
    static func describe(_ reading: SignalReading) -> String {
        let signal = reading.signal
        let value = reading.verdict.value.map { formatted($0) + (signal.unit.isEmpty ? "" : " \(signal.unit)") } ?? "no value"
        let note = reading.verdict.note.map { " (\($0))" } ?? ""
        return "\(signal.key) on \(signal.componentID) = \(value)\(note)"
    }

    private static func formatted(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e12 ? String(Int(value)) : String(format: "%.2f", value)
    }

    private static func result(passed: Bool, status: Status, _ message: String, _ data: [String: String]) -> GuardrailCheck {
        GuardrailCheck(guardrail: .health, passed: passed, reason: Reason(rule: Guardrail.health.rule, status: status, message: message, data: data))
    }
}
