import Foundation

/// The freeze state of an environment now, read from the same calendar verdict the deploy gate uses.
public enum FreezeEvaluation {
    /// Evaluates a zero-length deploy at `instant` and summarises it for lists.
    public static func now(environment: Environment, calendar: CompiledCalendar, approvals: [Approval], at instant: Date) -> FreezeNow {
        let verdict = calendar.evaluate(environment: environment, at: instant, duration: 0, approvals: approvals)
        switch verdict.decision {
        case .allowed:
            return FreezeNow(state: .open)
        case .needsApproval:
            let soft = verdict.blocking.first { $0.kind == .softFreeze }
            return FreezeNow(state: .softFreeze, windowName: soft?.name, until: soft?.end)
        case .blocked:
            if let freeze = verdict.blocking.filter({ $0.kind == .freeze }).max(by: { $0.end < $1.end }) {
                return FreezeNow(state: .freeze, windowName: freeze.name, until: freeze.end)
            }
            let next = calendar.occurrences(environment: environment, from: instant, to: instant.addingTimeInterval(CompiledCalendar.defaultHorizon))
                .filter { $0.kind == .maintenance && $0.start > instant }
                .min { $0.start < $1.start }
            return FreezeNow(state: .outsideMaintenance, windowName: next?.name, until: next?.start)
        }
    }
}
