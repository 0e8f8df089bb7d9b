import Foundation

/// The freeze state now of every environment of an estate, judged once per group of environments
/// that the same windows select.
///
/// An environment's `FreezeNow` depends on it only through which windows (valid and invalid)
/// select it and which approvals name it (`CompiledCalendar.evaluate`; its time zone only words
/// the reasons, which `FreezeNow` leaves out). At 10,000 environments a few dozen selections
/// cover them all, and judging each environment on its own was a fifth of the overview.
/// Environments with approvals of their own are judged on their own.
enum FreezeStates {
    /// `FreezeEvaluation.now` of each of `environments`, in order.
    static func now(environments: [Environment], calendar: CompiledCalendar, approvals: [Approval], at instant: Date) -> [FreezeNow] {
        let approved = Set(approvals.map(\.environmentID))
        // Read in place by index: handed to the closure whole, each environment was copied
        // (every field retained and released) on every core at once (perf).
        let selections = environments.withUnsafeBufferPointer { buffer in
            ParallelMap.map(count: buffer.count) { index in
                approved.contains(buffer[index].id) ? nil : calendar.selection(for: buffer[index])
            }
        }
        // One environment stands for each selection.
        var representatives: [WindowSelection: Int] = [:]
        for index in selections.indices {
            if let selection = selections[index], representatives[selection] == nil { representatives[selection] = index }
        }
        let judged = Dictionary(uniqueKeysWithValues: ParallelMap.map(Array(representatives)) { selection, index in
            (selection, FreezeEvaluation.now(environment: environments[index], calendar: calendar, approvals: approvals, at: instant))
        })
        return ParallelMap.map(Array(environments.indices)) { index in
            if let selection = selections[index], let state = judged[selection] { return state }
            return FreezeEvaluation.now(environment: environments[index], calendar: calendar, approvals: approvals, at: instant)
        }
    }
}

/// Which windows of a compiled calendar select an environment: positions of the valid ones and
/// of the invalid ones.
struct WindowSelection: Hashable, Sendable {
    let windows: [Int]
    let invalid: [Int]
}
