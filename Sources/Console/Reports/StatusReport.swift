import Foundation
import OpsModel
import OpsSources
import TerminalUI

/// `opsdeck status`: the estate summary as text for people on a pipe, or JSON for scripts.
public enum StatusReport {
    /// One environment in the JSON form.
    struct EnvironmentEntry: Encodable {
        var id: String
        var name: String
        var tenant: String
        var stage: String
        var tier: String
        var tenancy: String
        var region: String
        var odoo: String
        var release: String?
        var releaseDeployedAt: String?
        var status: Status
        var health: Status
        var healthOldestValueAgeSeconds: Int?
        var backup: BackupEntry
        var freeze: FreezeEntry
        var openIncidents: [IncidentEntry]
    }

    struct BackupEntry: Encodable {
        var status: Status
        var recoveryPoint: String?
        var exposureSeconds: Int?
        var rpoSeconds: Int
        var reasons: [Reason]
    }

    struct FreezeEntry: Encodable {
        var state: String
        var window: String?
        var until: String?
    }

    struct IncidentEntry: Encodable {
        var id: String
        var severity: Int
        var title: String
        var openedAt: String
    }

    struct Document: Encodable {
        var apiVersion = FixtureDirectory.apiVersion
        var now: String
        var clock: String
        var source: String
        var status: Status
        var environments: [EnvironmentEntry]
        var issues: [String]
    }

    /// The JSON document (stable keys, sorted).
    public static func json(snapshot: SourceSnapshot, overview: EstateOverview, clockIsFixed: Bool) -> String {
        let document = Document(
            now: ISO8601.format(overview.now),
            clock: clockIsFixed ? "fixed (--now)" : "system clock",
            source: snapshot.sourceName,
            status: overview.status,
            environments: overview.rows.map(entry),
            issues: snapshot.issues.map(\.description)
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func entry(_ row: EnvironmentOverview) -> EnvironmentEntry {
        let environment = row.environment
        return EnvironmentEntry(
            id: environment.id, name: environment.name, tenant: environment.tenantID, stage: environment.stage.rawValue,
            tier: environment.tier.rawValue, tenancy: environment.tenancy.rawValue, region: environment.region,
            odoo: environment.odooVersion, release: environment.release?.version,
            releaseDeployedAt: environment.release.map { ISO8601.format($0.deployedAt) },
            status: row.overall, health: row.health, healthOldestValueAgeSeconds: row.healthAge.map { Int($0) },
            backup: BackupEntry(
                status: row.backup.status, recoveryPoint: row.backup.recoveryPoint.map(ISO8601.format),
                exposureSeconds: row.backup.exposure.map { Int($0) }, rpoSeconds: Int(row.backup.rpo), reasons: row.backup.reasons
            ),
            freeze: FreezeEntry(state: row.freeze.state.rawValue, window: row.freeze.windowName, until: row.freeze.until.map(ISO8601.format)),
            openIncidents: row.openIncidents.map { IncidentEntry(id: $0.id, severity: $0.severity, title: $0.title, openedAt: ISO8601.format($0.openedAt)) }
        )
    }

    /// A plain table; status words are spelled out so nothing depends on colour.
    public static func text(snapshot: SourceSnapshot, overview: EstateOverview, zone: TimeZone, clockIsFixed: Bool) -> String {
        let now = overview.now
        var lines: [String] = []
        let clock = TimeText.minute(now, zone: zone) + (clockIsFixed ? " (fixed clock)" : "")
        lines.append("\(snapshot.estate.name.isEmpty ? "estate" : snapshot.estate.name) — \(snapshot.sourceName) — \(clock)")
        let summary = [Status.crit, .warn, .unknown, .ok].compactMap { status in overview.overallCounts[status].map { "\($0) \(status.rawValue)" } }
        lines.append("estate status: \(overview.status.rawValue) (\(summary.joined(separator: ", ")))")
        lines.append("")
        let header = ["ENVIRONMENT", "STAGE", "TIER", "HEALTH", "BACKUP", "FREEZE NOW", "RELEASE", "INCIDENTS"]
        var table: [[String]] = [header]
        let sorted = overview.rows.sorted { ($0.overall.severity, $1.environment.id) > ($1.overall.severity, $0.environment.id) }
        for row in sorted {
            let environment = row.environment
            let freeze: String
            switch row.freeze.state {
            case .open: freeze = "open"
            case .freeze: freeze = "frozen" + (row.freeze.until.map { " " + DurationText.short($0.timeIntervalSince(now)) } ?? "")
            case .softFreeze: freeze = "soft-freeze"
            case .outsideMaintenance: freeze = "outside-window"
            }
            let health = row.health == .unknown ? "unknown" + (row.healthAge.map { " (" + DurationText.short($0) + ")" } ?? "") : row.health.rawValue
            table.append([
                environment.id, environment.stage.rawValue, environment.tier.shortLabel, health, row.backup.status.rawValue,
                freeze, environment.release?.version ?? "-",
                row.openIncidents.map { "\($0.id) sev\($0.severity)" }.joined(separator: " "),
            ])
        }
        // In display columns (`padRight`): NSString's padding and trimming were a seventh of
        // `opsdeck status` at 1,000 environments (callgrind).
        let widths = header.indices.map { column in table.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        for row in table {
            var line = row.indices.map { index in index == row.count - 1 ? row[index] : padRight(row[index], toWidth: widths[index]) }
                .joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        let errors = snapshot.issues.filter { $0.severity == .error }
        if !snapshot.issues.isEmpty {
            lines.append("")
            lines.append("\(errors.count) fixture error(s), \(snapshot.issues.count - errors.count) warning(s):")
            lines += snapshot.issues.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
