import Foundation
import OpsModel
import OpsSources

/// `opsdeck check`: the readiness verdict for CI pipelines, as text or JSON with an exit code.
///
/// The command's whole behaviour lives here as a pure function of its arguments, the loaded
/// snapshot and the clock, so tests drive it without spawning a process.
public enum CheckReport {
    /// Exit codes: the contract with pipelines.
    public enum ExitCode: Int32, Sendable {
        case go = 0
        case noGo = 1
        case needsApproval = 2
        case badInput = 3

        init(_ decision: ReadinessDecision) {
            switch decision {
            case .go: self = .go
            case .noGo: self = .noGo
            case .needsApproval: self = .needsApproval
            }
        }
    }

    /// The command's arguments as typed, validated here so that bad input exits 3.
    public struct Arguments: Sendable, Equatable {
        /// `--env`.
        public var environmentID: String?
        /// `--at` (ISO-8601 with a zone); the clock when absent.
        public var at: String?
        /// `--duration` (`90m`, `1h30m`).
        public var duration: String?
        /// `--calendar-only`.
        public var calendarOnly: Bool
        /// `--json`.
        public var json: Bool
        /// Words the parser did not recognise.
        public var unrecognized: [String]

        /// Arguments from their parts.
        public init(environmentID: String?, at: String? = nil, duration: String? = nil, calendarOnly: Bool = false, json: Bool = false, unrecognized: [String] = []) {
            self.environmentID = environmentID
            self.at = at
            self.duration = duration
            self.calendarOnly = calendarOnly
            self.json = json
            self.unrecognized = unrecognized
        }
    }

    /// What the command prints and how it exits.
    public struct Outcome: Sendable, Equatable {
        /// The text or JSON to print.
        public var output: String
        /// The process exit code.
        public var exitCode: Int32
        /// Whether the output is an error (goes to standard error in text mode).
        public var isError: Bool
    }

    /// The default deploy duration when `--duration` is not given.
    public static let defaultDuration = "90m"

    /// Runs the check on a loaded snapshot at `now`.
    public static func run(_ arguments: Arguments, snapshot: SourceSnapshot, now: Date, clockIsFixed: Bool) -> Outcome {
        switch validate(arguments, snapshot: snapshot, now: now) {
        case .failure(let problem):
            return failure(problem.message, json: arguments.json)
        case .success(let request):
            let estate = snapshot.estate
            let overview = EstateOverview(estate: estate, now: now)
            let calendar = CompiledCalendar(windows: estate.windows)
            guard let verdict = Readiness.evaluate(
                environmentID: request.environment.id, estate: estate, overview: overview, calendar: calendar,
                at: request.at, duration: request.duration, calendarOnly: arguments.calendarOnly
            ) else {
                return failure("environment \(request.environment.id) has no overview row", json: arguments.json)
            }
            let exitCode = ExitCode(verdict.decision).rawValue
            let output = arguments.json
                ? CheckDocument(verdict: verdict, now: now, clockIsFixed: clockIsFixed, source: snapshot.sourceName, exitCode: exitCode).encoded()
                : CheckText.render(verdict, environment: request.environment, now: now, clockIsFixed: clockIsFixed)
            return Outcome(output: output, exitCode: exitCode, isError: false)
        }
    }

    /// A bad-input outcome (exit 3), as JSON when asked for JSON so pipelines can parse it.
    public static func failure(_ message: String, json: Bool) -> Outcome {
        guard json else { return Outcome(output: "opsdeck check: \(message)\n", exitCode: ExitCode.badInput.rawValue, isError: true) }
        let document = ["error": message, "exitCode": String(ExitCode.badInput.rawValue)]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return Outcome(output: String(decoding: data, as: UTF8.self) + "\n", exitCode: ExitCode.badInput.rawValue, isError: true)
    }

    struct Request {
        var environment: Environment
        var at: Date
        var duration: TimeInterval
    }

    struct Problem: Error {
        var message: String
    }

    static func validate(_ arguments: Arguments, snapshot: SourceSnapshot, now: Date) -> Result<Request, Problem> {
        if !arguments.unrecognized.isEmpty {
            return .failure(Problem(message: "unexpected argument(s): \(arguments.unrecognized.joined(separator: " "))"))
        }
        guard let id = arguments.environmentID, !id.isEmpty else {
            return .failure(Problem(message: "--env ID is required"))
        }
        let estate = snapshot.estate
        guard let environment = estate.environment(id: id) else {
            let known = estate.environments.map(\.id).sorted().joined(separator: ", ")
            return .failure(Problem(message: "no environment \"\(id)\" (known: \(known))"))
        }
        var at = now
        if let text = arguments.at {
            guard let parsed = ISO8601.parse(text) else {
                return .failure(Problem(message: "--at needs an ISO-8601 instant with a zone, like 2026-12-01T06:00:00Z (got \"\(text)\")"))
            }
            at = parsed
        }
        let durationText = arguments.duration ?? defaultDuration
        guard let duration = DurationText.parse(durationText), duration.isFinite, duration >= 0 else {
            return .failure(Problem(message: "--duration needs a duration like 90m or 1h30m (got \"\(durationText)\")"))
        }
        // A gate must not pass on data it could not read: fixture errors mean items were skipped.
        let errors = snapshot.issues.filter { $0.severity == .error }
        if !errors.isEmpty {
            let listed = errors.prefix(5).map(\.description).joined(separator: "; ")
            return .failure(Problem(message: "the estate data has \(errors.count) error(s), so no verdict can be trusted: \(listed)"))
        }
        return .success(Request(environment: environment, at: at, duration: duration))
    }
}


/// The JSON form of `opsdeck check`: the decision, every reason, the clocks and the next slot.
struct CheckDocument: Encodable {
    struct Clock: Encodable {
        var now: String
        var nowSource: String
        var deployStart: String
        var deployEnd: String
        var durationSeconds: Int
        var displayZone: String
        var calendarEvaluatedAt: String
        var guardrailsEvaluatedAt: String
        var text: String
    }

    struct GuardrailEntry: Encodable {
        var guardrail: Guardrail
        var passed: Bool
        var reason: Reason
    }

    struct CalendarEntry: Encodable {
        var decision: CalendarDecision
        var reasons: [Reason]
    }

    var apiVersion = FixtureDirectory.apiVersion
    var environment: String
    var decision: ReadinessDecision
    var exitCode: Int32
    var source: String
    var clock: Clock
    var calendar: CalendarEntry
    var guardrailScope: GuardrailScope
    var guardrails: [GuardrailEntry]
    var reasons: [Reason]
    var nextAllowedSlot: String?
    var nextAllowedSlotHorizonSeconds: Int
    var nextAllowedSlotNote: String

    init(verdict: ReadinessVerdict, now: Date, clockIsFixed: Bool, source: String, exitCode: Int32) {
        let calendarClock = verdict.clock.calendar
        environment = verdict.environmentID
        decision = verdict.decision
        self.exitCode = exitCode
        self.source = source
        clock = Clock(
            now: ISO8601.format(now), nowSource: clockIsFixed ? "fixed (--now)" : "system clock",
            deployStart: ISO8601.format(calendarClock.start), deployEnd: ISO8601.format(calendarClock.end),
            durationSeconds: Int(calendarClock.duration), displayZone: calendarClock.displayZone,
            calendarEvaluatedAt: ISO8601.format(calendarClock.start),
            guardrailsEvaluatedAt: ISO8601.format(verdict.clock.guardrailsAsOf), text: verdict.clock.text
        )
        calendar = CalendarEntry(decision: verdict.calendar.decision, reasons: verdict.calendar.reasons)
        guardrailScope = verdict.guardrailScope
        guardrails = verdict.guardrails.map { GuardrailEntry(guardrail: $0.guardrail, passed: $0.passed, reason: $0.reason) }
        reasons = verdict.reasons
        nextAllowedSlot = verdict.nextAllowedSlot.map(ISO8601.format)
        nextAllowedSlotHorizonSeconds = Int(verdict.clock.horizon)
        nextAllowedSlotNote = verdict.nextAllowedSlotNote
    }

    enum CodingKeys: String, CodingKey {
        case apiVersion, environment, decision, exitCode, source, clock, calendar, guardrailScope, guardrails, reasons
        case nextAllowedSlot, nextAllowedSlotHorizonSeconds, nextAllowedSlotNote
    }

    /// Written by hand so that "no next slot" is an explicit `null`, not a missing key.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(apiVersion, forKey: .apiVersion)
        try container.encode(environment, forKey: .environment)
        try container.encode(decision, forKey: .decision)
        try container.encode(exitCode, forKey: .exitCode)
        try container.encode(source, forKey: .source)
        try container.encode(clock, forKey: .clock)
        try container.encode(calendar, forKey: .calendar)
        try container.encode(guardrailScope, forKey: .guardrailScope)
        try container.encode(guardrails, forKey: .guardrails)
        try container.encode(reasons, forKey: .reasons)
        if let nextAllowedSlot { try container.encode(nextAllowedSlot, forKey: .nextAllowedSlot) } else { try container.encodeNil(forKey: .nextAllowedSlot) }
        try container.encode(nextAllowedSlotHorizonSeconds, forKey: .nextAllowedSlotHorizonSeconds)
        try container.encode(nextAllowedSlotNote, forKey: .nextAllowedSlotNote)
    }

    func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}


/// The text form of `opsdeck check`: what a person reads in a CI log. Status words are
/// spelled out, so nothing depends on colour or on UTF-8 glyphs.
enum CheckText {
    static func render(_ verdict: ReadinessVerdict, environment: Environment, now: Date, clockIsFixed: Bool) -> String {
        let utc = TimeZone(identifier: "UTC")!
        let local = TimeZone(identifier: environment.timeZone) ?? utc
        let clock = verdict.clock.calendar
        var lines: [String] = []
        lines.append("\(environment.id): \(verdict.decision.title)")
        lines.append("deploy  \(TimeText.minute(clock.start, zone: local)) for \(DurationText.short(clock.duration)) "
            + "(\(TimeText.minute(clock.start, zone: utc)) to \(TimeText.minute(clock.end, zone: utc)))")
        lines.append("clock   now \(TimeText.minute(now, zone: utc))\(clockIsFixed ? " (fixed by --now)" : " (system clock)"); \(verdict.clock.text)")
        lines.append("")
        lines.append("calendar: \(verdict.calendar.decision.rawValue)")
        for reason in verdict.calendar.reasons {
            lines.append("  \(word(reason.status)) \(reason.message)")
        }
        switch verdict.guardrailScope {
        case .applied:
            lines.append("guardrails (data as of \(TimeText.minute(verdict.clock.guardrailsAsOf, zone: utc))):")
            for check in verdict.guardrails {
                lines.append("  \(word(check.reason.status)) \(check.reason.message)")
            }
        case .notAppliedForTier:
            lines.append("guardrails: not applied (\(environment.tier.rawValue) tier: calendar only)")
        case .skippedOnRequest:
            lines.append("guardrails: skipped (--calendar-only)")
        }
        lines.append("")
        if let next = verdict.nextAllowedSlot {
            lines.append("next allowed slot: \(TimeText.minute(next, zone: local)) (\(TimeText.minute(next, zone: utc)))")
        } else {
            lines.append("next allowed slot: none")
        }
        lines.append("  \(verdict.nextAllowedSlotNote)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A fixed-width status word: `ok`, `WARN`, `CRIT`, `UNKNOWN`, so failures stand out in logs.
    private static func word(_ status: Status) -> String {
        let text = status == .ok ? "ok" : status.rawValue.uppercased()
        return text.padding(toLength: 7, withPad: " ", startingAt: 0)
    }
}
