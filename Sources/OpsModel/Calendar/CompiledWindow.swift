import Foundation

/// A window with its schedule parsed and its zone resolved once, ready to expand many times.
///
/// Build these once per load (not per verdict): parsing cron and looking up zones is the
/// expensive part of a calendar query.
public struct CompiledWindow: Sendable, Identifiable {
    /// The window as loaded.
    public let window: FreezeWindow
    let plan: Plan
    /// The window's scope prepared for matching many environments.
    let scope: Scope

    /// The schedule in the form expansion needs.
    enum Plan: Sendable {
        /// One occurrence between two instants (local date-times already resolved).
        case fixed(start: Date, end: Date)
        /// A cron start in a zone's wall clock, lasting `duration` seconds of elapsed time.
        case recurring(cron: CronExpression, duration: Int, clock: ZoneClock)
    }

    /// Compiles a window, throwing the first problem `FreezeWindow.validate()` would report.
    public init(_ window: FreezeWindow) throws(CalendarValidationError) {
        let (plan, errors) = CompiledWindow.analyse(window)
        guard let plan, errors.isEmpty else {
            throw errors.first ?? CalendarValidationError(windowID: window.id, field: "schedule", message: "cannot be compiled")
        }
        self.window = window
        self.plan = plan
        self.scope = window.scope
    }

    /// Whether the window applies to an environment (its scope selects it).
    public func applies(to environment: Environment) -> Bool {
        scope.matches(environment)
    }

    /// The window's id.
    public var id: String { window.id }

    /// How long one occurrence lasts at most: how far back expansion must look.
    public var duration: TimeInterval {
        switch plan {
        case let .fixed(start, end): return end.timeIntervalSince(start)
        case let .recurring(_, duration, _): return TimeInterval(duration)
        }
    }

    /// The IANA zone the schedule is written in, or nil for plain instants.
    public var zoneIdentifier: String? {
        switch window.schedule {
        case .instants: return nil
        case let .local(_, _, zone), let .recurring(_, _, zone): return zone
        }
    }

    /// Occurrences that share time with `[from, to)`, in start order, including one that
    /// started before `from` and is still running. `from == to` asks about the instant `from`.
    public func occurrences(from: Date, to: Date) -> [Occurrence] {
        spans(from: from, to: to).map { Occurrence(windowID: window.id, start: $0.start, end: $0.end) }
    }

    /// The same as `occurrences(from:to:)` without the window id: the light form the verdicts
    /// sort and search many of.
    func spans(from: Date, to: Date) -> [OccurrenceSpan] {
        guard from <= to else { return [] }
        switch plan {
        case let .fixed(start, end):
            let span = OccurrenceSpan(start: start, end: end)
            return span.intersects(from: from, to: to) ? [span] : []
        case let .recurring(cron, duration, clock):
            return recurringSpans(cron: cron, duration: duration, clock: clock, from: from, to: to)
        }
    }

    private func recurringSpans(
        cron: CronExpression, duration: Int, clock: ZoneClock, from: Date, to: Date
    ) -> [OccurrenceSpan] {
        // Any occurrence still running at `from` started after `from - duration`. A day of slack
        // either side covers wall times that DST moves across midnight.
        let firstDay = CivilDate.floorDivide(clock.wall(forInstant: CalendarTime.seconds(from) - duration), by: 86_400).quotient - 1
        let lastDay = CivilDate.floorDivide(clock.wall(forInstant: CalendarTime.seconds(to)), by: 86_400).quotient + 1
        guard firstDay <= lastDay else { return [] }
        // One read of the zone's transitions for the whole range; per-time look-ups otherwise.
        let table = clock.offsetTable(fromWall: firstDay * 86_400, toWall: (lastDay + 1) * 86_400)
        var found: [OccurrenceSpan] = []
        var previousStart = Int.min
        for dayNumber in firstDay...lastDay {
            let day = CivilDate(daysSinceEpoch: dayNumber)
            guard cron.matches(day: day) else { continue }
            let dayStartWall = dayNumber * 86_400
            for hour in cron.hours {
                for minute in cron.minutes {
                    let wall = dayStartWall + hour * 3600 + minute * 60
                    let start = table?.instant(forWall: wall) ?? clock.instant(forWall: wall)
                    // Wall times inside a spring-forward gap all begin at the gap's end: keep one.
                    guard start != previousStart else { continue }
                    previousStart = start
                    let span = OccurrenceSpan(start: CalendarTime.date(start), end: CalendarTime.date(start + duration))
                    if span.intersects(from: from, to: to) { found.append(span) }
                }
            }
        }
        return found
    }
}
