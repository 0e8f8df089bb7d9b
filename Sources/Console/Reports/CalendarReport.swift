import Foundation
import OpsModel
import OpsSources

/// `opsdeck calendar`: the expanded window occurrences and planned releases of a period, as
/// text, JSON or an iCalendar file.
public enum CalendarReport {
    /// How far the report looks when `--to` is not given: 14 days, the agenda's span.
    public static let defaultSpan: TimeInterval = 14 * 86_400

    /// The output format.
    public enum Format: Sendable, Equatable {
        case text, json, ics
    }

    /// The command's arguments as typed, validated here so that bad input exits 3.
    public struct Arguments: Sendable, Equatable {
        /// `--from`; the clock when absent.
        public var from: String?
        /// `--to`; `from` + 14 days when absent.
        public var to: String?
        /// `--env`; every environment when absent.
        public var environmentID: String?
        /// Text, `--json` or `--ics`.
        public var format: Format
        /// Words the parser did not recognise.
        public var unrecognized: [String]

        /// Arguments from their parts.
        public init(from: String? = nil, to: String? = nil, environmentID: String? = nil, format: Format = .text, unrecognized: [String] = []) {
            self.from = from
            self.to = to
            self.environmentID = environmentID
            self.format = format
            self.unrecognized = unrecognized
        }
    }

    /// What the command prints and how it exits (0, or 3 for bad input).
    public struct Outcome: Sendable, Equatable {
        /// The text, JSON or iCalendar to print.
        public var output: String
        /// The process exit code.
        public var exitCode: Int32
        /// Whether the output is an error message (goes to standard error).
        public var isError: Bool
    }

    /// Runs the report on a loaded snapshot at `now` (the `DTSTAMP` of an ICS export).
    public static func run(_ arguments: Arguments, snapshot: SourceSnapshot, now: Date, clockIsFixed: Bool) -> Outcome {
        if !arguments.unrecognized.isEmpty {
            return failure("unexpected argument(s): \(arguments.unrecognized.joined(separator: " "))")
        }
        let estate = snapshot.estate
        guard let from = arguments.from.map(ISO8601.parse) ?? now else {
            return failure("--from needs an ISO-8601 instant with a zone, like 2026-12-01T00:00:00Z (got \"\(arguments.from ?? "")\")")
        }
        guard let to = arguments.to.map(ISO8601.parse) ?? from.addingTimeInterval(defaultSpan) else {
            return failure("--to needs an ISO-8601 instant with a zone, like 2026-12-15T00:00:00Z (got \"\(arguments.to ?? "")\")")
        }
        guard to > from else { return failure("--to must be after --from") }
        guard to.timeIntervalSince(from) <= 400 * 86_400 else { return failure("the period may span at most 400 days") }
        var environments = estate.environments
        if let id = arguments.environmentID {
            guard let environment = estate.environment(id: id) else {
                return failure("no environment \"\(id)\" (known: \(estate.environments.map(\.id).sorted().joined(separator: ", ")))")
            }
            environments = [environment]
        }
        let calendar = CompiledCalendar(windows: estate.windows)
        let entries = CalendarEntries(calendar: calendar, releases: PlannedReleases(PlannedReleaseCheck.all(estate: estate, calendar: calendar)),
                                      environments: environments, from: from, to: to)
        let scope = arguments.environmentID ?? "all environments"
        let output: String
        switch arguments.format {
        case .text: output = text(entries, from: from, to: to, scope: scope)
        case .json: output = CalendarDocument(entries: entries, from: from, to: to, now: now, clockIsFixed: clockIsFixed, environmentID: arguments.environmentID).encoded()
        case .ics: output = ICalendarWriter.document(name: "opsdeck release calendar (\(scope))", events: events(entries), stamp: now)
        }
        return Outcome(output: output, exitCode: 0, isError: false)
    }

    /// A bad-input outcome (exit 3) with the message people read.
    public static func failure(_ message: String) -> Outcome {
        Outcome(output: "opsdeck calendar: \(message)\n", exitCode: 3, isError: true)
    }

    /// Occurrences then releases as iCalendar events.
    static func events(_ entries: CalendarEntries) -> [ICalendarEvent] {
        let occurrences = entries.occurrences.map { entry -> ICalendarEvent in
            let window = entry.item.window
            let kind = kindTitle(window.kind)
            var description = [window.reason, "Owner: \(window.owner)", "Environments: \(entry.environmentIDs.joined(separator: ", "))"]
            if let zone = entry.windowZone {
                description.append("Window zone: \(zone.identifier) (\(TimeText.minute(entry.item.start, zone: zone)) to \(TimeText.minute(entry.item.end, zone: zone)))")
            }
            return ICalendarEvent(
                uid: "\(window.id)-\(ICalendarWriter.utc(entry.item.start))@opsdeck",
                start: entry.item.start, end: entry.item.end,
                summary: "\(kind): \(window.name)",
                description: description.joined(separator: "\n"),
                categories: [window.kind.rawValue.uppercased()],
                busy: window.kind != .maintenance
            )
        }
        let releases = entries.releases.map { check -> ICalendarEvent in
            let release = check.release
            let flag = check.isFlagged ? " [\(check.flagText.uppercased())]" : ""
            let description = [
                "Owner: \(release.owner)", "Risk: \(release.risk)",
                "Database migration: \(release.databaseMigration ? "yes" : "no")", "Rollback: \(release.rollbackPlan)",
                "Calendar: \(check.decision.rawValue)",
            ] + (check.verdict?.reasons.filter { $0.status != .ok }.map(\.message) ?? [])
            return ICalendarEvent(
                uid: "release-\(release.id)@opsdeck", start: release.plannedStart, end: check.plannedEnd,
                summary: "Release \(release.version) to \(release.environmentID)\(flag)",
                description: description.joined(separator: "\n"), categories: ["RELEASE"], busy: true
            )
        }
        return occurrences + releases
    }

    static func kindTitle(_ kind: WindowKind) -> String {
        switch kind {
        case .freeze: return "Freeze"
        case .softFreeze: return "Soft freeze"
        case .maintenance: return "Maintenance window"
        }
    }

    /// A plain list for people: UTC times, with each window's own zone alongside.
    static func text(_ entries: CalendarEntries, from: Date, to: Date, scope: String) -> String {
        let utc = TimeZone(identifier: "UTC")!
        var lines = ["Release calendar \(TimeText.minute(from, zone: utc)) to \(TimeText.minute(to, zone: utc)), \(scope)", ""]
        lines.append("Windows (\(entries.occurrences.count)):")
        if entries.occurrences.isEmpty { lines.append("  none") }
        for entry in entries.occurrences {
            let window = entry.item.window
            let span = "\(TimeText.minute(entry.item.start, zone: utc)) to \(TimeText.minute(entry.item.end, zone: utc))"
            lines.append("  \(span)  \(window.kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(window.name)")
            if let zone = entry.windowZone {
                let local = { (date: Date) in TimeText.minute(date, zone: zone).replacingOccurrences(of: " " + TimeText.zoneName(zone), with: "") }
                lines.append("      window zone \(TimeText.zoneName(zone)): \(local(entry.item.start)) to \(local(entry.item.end))")
            }
            lines.append("      \(entry.environmentIDs.joined(separator: ", "))")
        }
        lines.append("")
        lines.append("Planned releases (\(entries.releases.count)):")
        if entries.releases.isEmpty { lines.append("  none") }
        for check in entries.releases {
            let release = check.release
            let flag = check.isFlagged ? "  !! \(check.flagText.uppercased())" : "  calendar allows it"
            lines.append("  \(TimeText.minute(release.plannedStart, zone: utc)) for \(DurationText.short(release.duration))  \(release.id) \(release.version) to \(release.environmentID)\(flag)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The JSON form of `opsdeck calendar`.
struct CalendarDocument: Encodable {
    struct OccurrenceEntry: Encodable {
        var windowID: String
        var name: String
        var kind: WindowKind
        var start: String
        var end: String
        var windowZone: String?
        var reason: String
        var owner: String
        var environments: [String]
    }

    struct ReleaseEntry: Encodable {
        var id: String
        var environment: String
        var version: String
        var start: String
        var end: String
        var owner: String
        var risk: String
        var databaseMigration: Bool
        var rollbackPlan: String
        var calendarDecision: CalendarDecision
        var flagged: Bool
        var flag: String
        var reasons: [Reason]
    }

    var apiVersion = FixtureDirectory.apiVersion
    var now: String
    var clock: String
    var from: String
    var to: String
    var environment: String?
    var occurrences: [OccurrenceEntry]
    var releases: [ReleaseEntry]

    init(entries: CalendarEntries, from: Date, to: Date, now: Date, clockIsFixed: Bool, environmentID: String?) {
        self.now = ISO8601.format(now)
        clock = clockIsFixed ? "fixed (--now)" : "system clock"
        self.from = ISO8601.format(from)
        self.to = ISO8601.format(to)
        environment = environmentID
        occurrences = entries.occurrences.map {
            OccurrenceEntry(
                windowID: $0.item.window.id, name: $0.item.window.name, kind: $0.item.window.kind,
                start: ISO8601.format($0.item.start), end: ISO8601.format($0.item.end), windowZone: $0.windowZone?.identifier,
                reason: $0.item.window.reason, owner: $0.item.window.owner, environments: $0.environmentIDs
            )
        }
        releases = entries.releases.map {
            ReleaseEntry(
                id: $0.release.id, environment: $0.release.environmentID, version: $0.release.version,
                start: ISO8601.format($0.release.plannedStart), end: ISO8601.format($0.plannedEnd), owner: $0.release.owner,
                risk: $0.release.risk, databaseMigration: $0.release.databaseMigration, rollbackPlan: $0.release.rollbackPlan,
                calendarDecision: $0.decision, flagged: $0.isFlagged, flag: $0.flagText, reasons: $0.verdict?.reasons ?? []
            )
        }
    }

    func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
