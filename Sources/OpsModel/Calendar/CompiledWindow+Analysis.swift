import Foundation

extension CompiledWindow {
    /// Checks a window field by field; returns the compiled plan when nothing is wrong.
    static func analyse(_ window: FreezeWindow) -> (Plan?, [CalendarValidationError]) {
        func problem(_ field: String, _ message: String) -> CalendarValidationError {
            CalendarValidationError(windowID: window.id, field: field, message: message)
        }
        switch window.schedule {
        case let .instants(start, end):
            var errors: [CalendarValidationError] = []
            if !start.timeIntervalSince1970.isFinite { errors.append(problem("start", "is not a valid instant")) }
            if !end.timeIntervalSince1970.isFinite { errors.append(problem("end", "is not a valid instant")) }
            guard errors.isEmpty else { return (nil, errors) }
            guard end > start else {
                return (nil, [problem("end", "\(CalendarTime.iso8601(end)) is not after the start \(CalendarTime.iso8601(start))")])
            }
            return (.fixed(start: start, end: end), [])

        case let .local(start, end, zone):
            var errors: [CalendarValidationError] = []
            let clock = zoneClock(zone, problem: problem, errors: &errors)
            if let message = problemWithLocal(start) { errors.append(problem("start", message)) }
            if let message = problemWithLocal(end) { errors.append(problem("end", message)) }
            guard let clock, errors.isEmpty else { return (nil, errors) }
            // Both ends follow the same DST rules as cron starts, so they are resolved alike.
            let startInstant = CalendarTime.date(clock.instant(forWall: wallSeconds(start)))
            let endInstant = CalendarTime.date(clock.instant(forWall: wallSeconds(end)))
            guard endInstant > startInstant else {
                return (nil, [problem("end", "\(text(end)) is not after the start \(text(start)) in \(zone)")])
            }
            return (.fixed(start: startInstant, end: endInstant), [])

        case let .recurring(cronText, duration, zone):
            var errors: [CalendarValidationError] = []
            let clock = zoneClock(zone, problem: problem, errors: &errors)
            var cron: CronExpression?
            do {
                cron = try CronExpression(cronText)
            } catch {
                errors.append(problem("cron", error.description))
            }
            if !duration.isFinite || duration < 1 {
                errors.append(problem("duration", "must be at least one second, got \(duration)"))
            }
            guard let clock, let cron, errors.isEmpty else { return (nil, errors) }
            return (.recurring(cron: cron, duration: Int(duration.rounded(.down)), clock: clock), [])
        }
    }

    private static func zoneClock(
        _ zone: String, problem: (String, String) -> CalendarValidationError, errors: inout [CalendarValidationError]
    ) -> ZoneClock? {
        if let message = ZoneClock.problem(with: zone) {
            errors.append(problem("zone", message))
            return nil
        }
        guard let clock = ZoneClock(identifier: zone) else {
            errors.append(problem("zone", "\"\(zone)\" cannot be loaded"))
            return nil
        }
        return clock
    }

    private static func problemWithLocal(_ value: LocalDateTime) -> String? {
        guard CivilDate(year: value.year, month: value.month, day: value.day).isValid else {
            return "\(text(value)) is not a calendar date"
        }
        guard (0...23).contains(value.hour), (0...59).contains(value.minute) else {
            return "\(text(value)) is not a time of day"
        }
        return nil
    }

    private static func wallSeconds(_ value: LocalDateTime) -> Int {
        CivilDate(year: value.year, month: value.month, day: value.day).daysSinceEpoch * 86_400
            + value.hour * 3600 + value.minute * 60
    }

    private static func text(_ value: LocalDateTime) -> String {
        func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(value.year)-\(pad(value.month))-\(pad(value.day)) \(pad(value.hour)):\(pad(value.minute))"
    }
}
