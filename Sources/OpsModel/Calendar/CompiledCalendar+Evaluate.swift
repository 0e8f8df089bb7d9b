import Foundation

extension CompiledCalendar {
    /// How far "next allowed slot" and "next maintenance opening" look by default: 90 days.
    public static let defaultHorizon: TimeInterval = 90 * 86_400

    /// The calendar verdict for deploying an environment over `[start, start + duration)`
    /// (duration 0: the instant `start`), with the precedence of semantics.md:
    /// 1. a freeze occurrence sharing time with the deploy blocks (deny beats allow);
    /// 2. a soft freeze sharing time with it needs approval, unless an approval for this
    ///    environment (and this window, or any) is valid from `start` to the deploy's end;
    /// 3. where maintenance windows apply, the deploy must lie inside one occurrence, else blocked;
    /// 4. otherwise allowed.
    /// A window that applies but cannot be evaluated (invalid) blocks: the calendar will not guess.
    public func evaluate(
        environment: Environment, at start: Date, duration: TimeInterval, approvals: [Approval]
    ) -> CalendarVerdict {
        let duration = CompiledCalendar.sanitised(duration)
        let end = start.addingTimeInterval(duration)
        let display = ZoneClock(identifier: environment.timeZone) ?? .utc
        let wording = CalendarReasons(display: display, deployStart: start)
        let timeline = timeline(for: environment, from: start, to: end)

        let freezes = timeline.freezes.intersecting(from: start, to: end).map(timeline.freezes.occurrence)
        var approved: [(WindowOccurrence, Approval)] = []
        var unapproved: [WindowOccurrence] = []
        for softFreeze in timeline.softFreezes.intersecting(from: start, to: end).map(timeline.softFreezes.occurrence) {
            if let approval = CompiledCalendar.approval(
                covering: softFreeze.window, environment: environment, from: start, to: end, approvals: approvals
            ) {
                approved.append((softFreeze, approval))
            } else {
                unapproved.append(softFreeze)
            }
        }
        let meetingMaintenance = timeline.maintenance.intersecting(from: start, to: end).map(timeline.maintenance.occurrence)
        let covering = meetingMaintenance.first { $0.occurrence.covers(from: start, to: end) }
        let outsideMaintenance = timeline.hasMaintenanceWindow && covering == nil

        let decision: CalendarDecision
        if !freezes.isEmpty || !timeline.invalid.isEmpty {
            decision = .blocked
        } else if !unapproved.isEmpty {
            decision = .needsApproval
        } else if outsideMaintenance {
            decision = .blocked
        } else {
            decision = .allowed
        }

        // Every reason is reported (the JSON carries them all), deciding rules first.
        var reasons = freezes.map(wording.freeze)
        reasons += timeline.invalid.map(wording.invalid)
        reasons += unapproved.map(wording.softFreeze)
        reasons += approved.map { wording.approved($0.0, by: $0.1) }
        if let covering {
            reasons.append(wording.insideMaintenance(covering))
        } else if outsideMaintenance {
            let overrunning = meetingMaintenance.first { $0.occurrence.contains(start) }
            let searchedUntil = start.addingTimeInterval(CompiledCalendar.defaultHorizon)
            let next = overrunning == nil
                ? nextMaintenanceOpening(environment: environment, after: start, until: searchedUntil)
                : nil
            reasons.append(wording.outsideMaintenance(overrunning: overrunning, next: next, searchedUntil: searchedUntil))
        }
        if reasons.isEmpty { reasons.append(wording.clear(until: end)) }

        return CalendarVerdict(
            environmentID: environment.id, decision: decision, reasons: reasons,
            blocking: freezes + unapproved, approvalsUsed: approved.map(\.1), maintenance: covering,
            clock: CalendarClock(start: start, duration: duration, displayZone: display.identifier)
        )
    }

    /// The approval letting an environment deploy over `[from, to)` during a soft freeze:
    /// one naming the window is preferred to a blanket one (`windowID == nil`).
    static func approval(
        covering window: FreezeWindow, environment: Environment, from: Date, to: Date, approvals: [Approval]
    ) -> Approval? {
        let valid = approvals.filter {
            $0.environmentID == environment.id && ($0.windowID == nil || $0.windowID == window.id)
                && $0.validFrom <= from && to <= $0.validUntil
        }
        return valid.first { $0.windowID == window.id } ?? valid.first
    }

    /// Durations are clamped to [0, 10 years] so a bad input cannot break the date arithmetic.
    static func sanitised(_ duration: TimeInterval) -> TimeInterval {
        guard duration.isFinite, duration > 0 else { return 0 }
        return min(duration, 10 * 366 * 86_400)
    }

    private func nextMaintenanceOpening(environment: Environment, after instant: Date, until limit: Date) -> WindowOccurrence? {
        windows(applyingTo: environment)
            .filter { $0.window.kind == .maintenance }
            .compactMap { compiled in
                compiled.occurrences(from: instant, to: limit)
                    .first { $0.start > instant }
                    .map { WindowOccurrence(window: compiled.window, occurrence: $0) }
            }
            .min { ($0.start, $0.window.id) < ($1.start, $1.window.id) }
    }
}
