import Foundation

extension CompiledCalendar {
    /// The earliest `t` at or after `from`, and no later than `from + horizon`, at which the
    /// whole deploy `[t, t + duration)` is allowed (a soft freeze counts only where an approval
    /// covers it). nil means none within the horizon — or a window applying to the
    /// environment is invalid, which `evaluate` reports.
    ///
    /// Exact without stepping through time: from a blocked `t` it jumps to the first instant
    /// that could be allowed — the end of a freeze in the way, the end of an unapproved soft
    /// freeze (or an approval becoming valid), or the next maintenance opening.
    public func nextAllowedSlot(
        environment: Environment, from: Date, duration: TimeInterval, approvals: [Approval],
        horizon: TimeInterval = CompiledCalendar.defaultHorizon
    ) -> Date? {
        guard horizon.isFinite, horizon >= 0 else { return nil }
        let duration = CompiledCalendar.sanitised(duration)
        let limit = from.addingTimeInterval(horizon)
        // One second past the last possible deploy end, so an instantaneous deploy at `limit`
        // still sees an occurrence starting exactly then.
        let timeline = timeline(for: environment, from: from, to: limit.addingTimeInterval(duration + 1))
        guard timeline.invalid.isEmpty else { return nil }
        let ownApprovals = approvals.filter { $0.environmentID == environment.id }

        var candidate = from
        while candidate <= limit {
            let end = candidate.addingTimeInterval(duration)
            // Every instant before the latest end of a freeze in the way still meets it.
            if let latestEnd = timeline.freezes.intersecting(from: candidate, to: end).map(\.span.end).max() {
                candidate = latestEnd
                continue
            }
            if let resume = softFreezeClearance(
                timeline: timeline, environment: environment, from: candidate, to: end, approvals: ownApprovals
            ) {
                candidate = resume
                continue
            }
            if timeline.hasMaintenanceWindow,
               !timeline.maintenance.intersecting(from: candidate, to: end).contains(where: { $0.span.covers(from: candidate, to: end) }) {
                // No occurrence starting at or before `candidate` can hold a later deploy either.
                guard let opening = timeline.maintenance.firstStarting(after: candidate) else { return nil }
                candidate = opening.span.start
                continue
            }
            return candidate
        }
        return nil
    }

    /// When unapproved soft freezes meeting `[from, to)` could first stop blocking: for each,
    /// its end or the next approval for it becoming valid, whichever is sooner; the latest of
    /// those over all of them. nil when none blocks.
    private func softFreezeClearance(
        timeline: EnvironmentTimeline, environment: Environment, from: Date, to: Date, approvals: [Approval]
    ) -> Date? {
        let duration = to.timeIntervalSince(from)
        var resume: Date?
        for softFreeze in timeline.softFreezes.intersecting(from: from, to: to) {
            let window = timeline.softFreezes.window(of: softFreeze)
            if CompiledCalendar.approval(
                covering: window, environment: environment, from: from, to: to, approvals: approvals
            ) != nil { continue }
            // Approvals valid from now on failed already; only a later one can clear it, and only
            // one long enough for the deploy.
            let laterApproval = approvals
                .filter {
                    ($0.windowID == nil || $0.windowID == window.id) && $0.validFrom > from
                        && $0.validUntil.timeIntervalSince($0.validFrom) >= duration
                }
                .map(\.validFrom)
                .min()
            let clearance = min(softFreeze.span.end, laterApproval ?? softFreeze.span.end)
            resume = max(resume ?? clearance, clearance)
        }
        return resume
    }
}
