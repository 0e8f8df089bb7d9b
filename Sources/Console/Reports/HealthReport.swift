import Foundation
import OpsModel
import OpsSources

/// `opsdeck health`: the Health view's verdicts as text for people on a pipe, or JSON for scripts.
///
/// Both forms are built from `EnvironmentHealth`, the same value the screen draws.
public enum HealthReport {
    struct Document: Encodable {
        var apiVersion = FixtureDirectory.apiVersion
        var now: String
        var clock: String
        var source: String
        var changeLookbackSeconds: Int
        var suspectWindowSeconds: Int
        var environments: [EnvironmentEntry]
    }

    struct EnvironmentEntry: Encodable {
        var id: String
        var name: String
        var status: Status
        var counts: [String: Int]
        var oldestValueAgeSeconds: Int?
        var badSince: String?
        var openIncidents: [String]
        var processes: [ProcessEntry]
        var signals: [SignalEntry]
        var alerts: [AlertEntry]
        var changes: [ChangeEntry]
    }

    struct ProcessEntry: Encodable {
        var process: String
        var status: Status
        /// `component/key` of every signal behind it, worst first.
        var signals: [String]
    }

    struct SignalEntry: Encodable {
        var key: String
        var name: String
        var component: String
        var unit: String
        var value: Double?
        var status: Status
        var ageSeconds: Int?
        var stale: Bool
        var note: String?
        var warn: Double
        var crit: Double
        var direction: String
        var turnedBadAt: String?
        var processes: [String]
        var runbook: String?
    }

    struct AlertEntry: Encodable {
        var name: String
        var severity: String
        var status: Status
        var summary: String
        var startsAt: String
        var silencedBy: [String]
        var inhibitedBy: [String]
        var runbookURL: String?
    }

    struct ChangeEntry: Encodable {
        var id: String
        var kind: String
        var at: String
        var actor: String
        var summary: String
        var fromVersion: String?
        var toVersion: String?
        var revert: String?
        var suspect: Bool
        var suspectFor: [SuspectLink]
    }

    /// The environments to report: one by id, or all of them worst first.
    public static func environments(estate: Estate, overview: EstateOverview, environmentID: String?) -> [EnvironmentHealth]? {
        if let environmentID {
            guard let environment = estate.environment(id: environmentID) else { return nil }
            return [EnvironmentHealth(environment: environment, estate: estate, overview: overview)]
        }
        return estate.environments
            .map { EnvironmentHealth(environment: $0, estate: estate, overview: overview) }
            .enumerated()
            .sorted { lhs, rhs in
                let left = (lhs.element.status.severity, lhs.element.counts[.crit] ?? 0, lhs.element.counts[.warn] ?? 0)
                let right = (rhs.element.status.severity, rhs.element.counts[.crit] ?? 0, rhs.element.counts[.warn] ?? 0)
                return left != right ? left > right : lhs.element.environment.id < rhs.element.environment.id
            }
            .map(\.element)
    }

    /// The JSON document (stable, sorted keys; times in ISO-8601 UTC; ages in seconds).
    public static func json(_ environments: [EnvironmentHealth], snapshot: SourceSnapshot, now: Date, clockIsFixed: Bool) -> String {
        let document = Document(
            now: ISO8601.format(now), clock: clockIsFixed ? "fixed (--now)" : "system clock", source: snapshot.sourceName,
            changeLookbackSeconds: Int(ChangeTimeline.defaultLookback), suspectWindowSeconds: Int(SuspectChanges.defaultWindow),
            environments: environments.map(entry)
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISO8601.format(date))
        }
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "+Inf", negativeInfinity: "-Inf", nan: "NaN")
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func entry(_ health: EnvironmentHealth) -> EnvironmentEntry {
        EnvironmentEntry(
            id: health.environment.id, name: health.environment.name, status: health.status,
            counts: Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0.rawValue, health.counts[$0] ?? 0) }),
            oldestValueAgeSeconds: health.oldestValueAge.map { Int($0) }, badSince: health.badSince.map(ISO8601.format),
            openIncidents: health.openIncidents.map { "\($0.id) sev \($0.severity): \($0.title)" },
            processes: health.processes.map { ProcessEntry(process: $0.process.rawValue, status: $0.status, signals: $0.readings.map { "\($0.signal.componentID)/\($0.signal.key)" }) },
            signals: health.readings.map { reading in
                let signal = reading.signal
                return SignalEntry(
                    key: signal.key, name: signal.name, component: signal.componentID, unit: signal.unit, value: reading.verdict.value,
                    status: reading.verdict.status, ageSeconds: reading.verdict.age.map { Int($0) }, stale: reading.verdict.isStale,
                    note: reading.verdict.note, warn: signal.thresholds.warn, crit: signal.thresholds.crit,
                    direction: signal.thresholds.direction.rawValue, turnedBadAt: reading.turnedBadAt.map(ISO8601.format),
                    processes: signal.processes.map(\.rawValue), runbook: signal.runbookID
                )
            },
            alerts: health.alerts.map {
                AlertEntry(name: $0.name, severity: $0.severity, status: $0.status, summary: $0.summary, startsAt: ISO8601.format($0.startsAt),
                           silencedBy: $0.silencedBy, inhibitedBy: $0.inhibitedBy, runbookURL: $0.runbookURL)
            },
            changes: health.changes.map {
                let change = $0.change
                return ChangeEntry(id: change.id, kind: change.kind.rawValue, at: ISO8601.format(change.at), actor: change.actor, summary: change.summary,
                                   fromVersion: change.fromVersion, toVersion: change.toVersion, revert: change.revert,
                                   suspect: $0.isSuspect, suspectFor: $0.suspects)
            }
        )
    }

    /// Plain text: status words spelled out, every value with its age; one block per environment.
    /// Without `--env`, healthy environments get one line each so the bad ones stand out.
    public static func text(_ environments: [EnvironmentHealth], snapshot: SourceSnapshot, now: Date, zone: TimeZone, clockIsFixed: Bool, detailed: Bool) -> String {
        var lines: [String] = []
        let clock = TimeText.minute(now, zone: zone) + (clockIsFixed ? " (fixed clock)" : "")
        lines.append("health — \(snapshot.sourceName) — \(clock)")
        lines.append("suspect window: \(DurationText.short(SuspectChanges.defaultWindow)) before a signal turned bad; changes: last \(DurationText.short(ChangeTimeline.defaultLookback))")
        for health in environments {
            lines.append("")
            lines += block(health, zone: zone, detailed: detailed || health.status != .ok)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func block(_ health: EnvironmentHealth, zone: TimeZone, detailed: Bool) -> [String] {
        let now = health.now
        let counts = [Status.crit, .warn, .unknown, .ok].compactMap { status in health.counts[status].map { "\($0) \(status.rawValue)" } }.joined(separator: ", ")
        var head = "\(health.environment.id): \(health.status.rawValue) (\(counts.isEmpty ? "no signals" : counts))"
        if let badSince = health.badSince { head += ", bad for \(DurationText.short(now.timeIntervalSince(badSince)))" }
        if let age = health.oldestValueAge { head += ", oldest value \(DurationText.short(age))" }
        guard detailed else { return [head] }
        var lines = [head]
        for incident in health.openIncidents {
            lines.append("  incident \(incident.id) sev \(incident.severity): \(incident.title) (open \(DurationText.short(now.timeIntervalSince(incident.openedAt))))")
        }
        lines.append("  processes:")
        for impact in health.processes {
            let behind = impact.readings.filter { $0.verdict.status != .ok }.map { "\($0.signal.name) \($0.verdict.status.rawValue)" }
            let detail = impact.readings.isEmpty ? "no signal mapped" : (behind.isEmpty ? "\(impact.readings.count) signals ok" : behind.joined(separator: ", "))
            lines.append("    \(impact.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(impact.process.rawValue.padding(toLength: 23, withPad: " ", startingAt: 0)) \(detail)")
        }
        lines.append("  signals:")
        for reading in health.readings {
            let signal = reading.signal
            let verdict = reading.verdict
            let value = verdict.value.map { ValueText.value($0, unit: signal.unit) } ?? "no value"
            var line = "    \(verdict.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(signal.componentID)/\(signal.key) = \(value)"
            line += " [\(ValueText.thresholds(signal.thresholds, unit: signal.unit, ascii: true))] age \(HealthSignalColumn.ageText(verdict))"
            if let turned = reading.turnedBadAt { line += ", bad for \(DurationText.short(now.timeIntervalSince(turned)))" }
            if verdict.status == .unknown, let note = verdict.note { line += " — \(note)" }
            lines.append(line)
        }
        lines.append("  alerts:" + (health.alerts.isEmpty ? " none" : ""))
        for alert in health.alerts {
            var line = "    \(alert.severity) \(alert.name) since \(TimeText.minute(alert.startsAt, zone: zone)): \(alert.summary)"
            if !alert.silencedBy.isEmpty { line += " [silenced]" }
            if !alert.inhibitedBy.isEmpty { line += " [inhibited by \(alert.inhibitedBy.joined(separator: ", "))]" }
            if let runbook = alert.runbookURL { line += " runbook \(runbook)" }
            lines.append(line)
        }
        lines.append("  changes:" + (health.changes.isEmpty ? " none" : ""))
        for reading in health.changes {
            let change = reading.change
            let versions = [change.fromVersion, change.toVersion].compactMap { $0 }.joined(separator: " -> ")
            lines.append("    \(TimeText.minute(change.at, zone: zone)) \(change.kind.rawValue) \(change.id)\(versions.isEmpty ? "" : " \(versions)") by \(change.actor): \(change.summary)")
            if reading.isSuspect {
                lines.append("      SUSPECT: " + reading.suspects.map { "\($0.componentID)/\($0.signalKey) turned bad \(DurationText.short($0.lead)) later" }.joined(separator: "; "))
            }
            if let revert = change.revert { lines.append("      revert: \(revert)") }
        }
        return lines
    }
}
