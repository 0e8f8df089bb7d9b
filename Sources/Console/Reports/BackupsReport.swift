import Foundation
import OpsModel
import OpsSources

/// `opsdeck backups`: every environment's (or stanza's) recoverability as text for people, or JSON for scripts and the readiness gate.
public enum BackupsReport {
    /// One judged environment or stanza; `verdict` is the model's `BackupVerdict`, encoded as it is.
    public struct Entry: Encodable, Sendable {
        /// Environment id, or the stanza name when judging raw pgBackRest output.
        public var id: String
        public var name: String?
        public var tenant: String?
        public var tier: String?
        public var stanza: String?
        public var rpoSeconds: Int
        public var rtoSeconds: Int?
        public var restoreTestIntervalSeconds: Int?
        public var verdict: BackupVerdict
    }

    /// The whole report: the clock it used, where the data came from, and one verdict per entry.
    public struct Document: Encodable, Sendable {
        public var apiVersion = FixtureDirectory.apiVersion
        /// `estate` (an estate's environments) or `pgbackrest` (raw tool output).
        public var input: String
        public var now: String
        /// `fixed (--now)` or `system clock`.
        public var clock: String
        public var source: String
        /// Roll-up of every entry; `unknown` when there is nothing to judge.
        public var status: Status
        public var environments: [Entry]
        /// The instant as a value, for the text form (not encoded: `now` carries it).
        public var nowDate: Date

        enum CodingKeys: String, CodingKey {
            case apiVersion, input, now, clock, source, status, environments
        }
    }

    /// The estate's environments, riskiest first; with `environmentID`, only that one.
    public static func estate(snapshot: SourceSnapshot, overview: EstateOverview, environmentID: String?, clockIsFixed: Bool) throws(BackupsInputError) -> Document {
        var entries = BackupsList(overview: overview, estate: snapshot.estate, filter: "").entries
        if let environmentID {
            let known = snapshot.estate.environments.map(\.id)
            entries = entries.filter { $0.id == environmentID }
            if entries.isEmpty { throw .unknownEnvironment(environmentID, known: known) }
        }
        let rows = entries.map { entry in
            Entry(
                id: entry.id, name: entry.row.environment.name, tenant: entry.row.environment.tenantID,
                tier: entry.row.environment.tier.rawValue, stanza: entry.records?.stanza,
                rpoSeconds: Int(entry.policy.rpo), rtoSeconds: Int(entry.policy.rto),
                restoreTestIntervalSeconds: entry.policy.restoreTestInterval.map { Int($0) }, verdict: entry.verdict
            )
        }
        return document(input: "estate", source: snapshot.sourceName, now: overview.now, clockIsFixed: clockIsFixed, entries: rows)
    }

    /// Raw pgBackRest (and archiver) output, one entry per stanza in the tool's order.
    public static func raw(_ input: RawBackupJudgement.Input, now: Date, clockIsFixed: Bool) throws(BackupsInputError) -> Document {
        let judged = try RawBackupJudgement.judge(input, now: now)
        let entries = judged.map { item in
            Entry(
                id: item.stanza.name, tier: input.tier?.rawValue, stanza: item.stanza.name,
                rpoSeconds: Int(item.policy.rpo), rtoSeconds: input.tier == nil ? nil : Int(item.policy.rto),
                restoreTestIntervalSeconds: item.policy.restoreTestInterval.map { Int($0) }, verdict: item.verdict
            )
        }
        var source = "pgbackrest info \(input.infoName)"
        if let archiver = input.archiverName { source += " + pg_stat_archiver \(archiver)" }
        return document(input: "pgbackrest", source: source, now: now, clockIsFixed: clockIsFixed, entries: entries)
    }

    static func document(input: String, source: String, now: Date, clockIsFixed: Bool, entries: [Entry]) -> Document {
        Document(
            input: input, now: ISO8601.format(now), clock: clockIsFixed ? "fixed (--now)" : "system clock", source: source,
            status: Status.rollUp(entries.map(\.verdict.status)), environments: entries, nowDate: now
        )
    }

    /// 0 when every verdict is `ok`; 1 for any `warn`, `crit` or `unknown` (and for nothing judged).
    public static func exitCode(_ document: Document) -> Int32 {
        document.status == .ok ? 0 : 1
    }

    /// The JSON form (stable, sorted keys; instants in ISO 8601 UTC; durations in seconds).
    public static func json(_ document: Document) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISO8601.format(date))
        }
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The text form: a block per entry, worst first, status words spelled out and every reason listed.
    public static func text(_ document: Document, zone: TimeZone) -> String {
        let now = document.nowDate
        var lines: [String] = []
        let clock = TimeText.minute(now, zone: zone) + (document.clock == "system clock" ? "" : " (fixed clock)")
        lines.append("backups - \(document.source) - \(clock)")
        var counts: [Status: Int] = [:]
        for entry in document.environments { counts[entry.verdict.status, default: 0] += 1 }
        let summary = [Status.crit, .warn, .unknown, .ok].compactMap { status in counts[status].map { "\($0) \(status.rawValue)" } }
        lines.append("status: \(document.status.rawValue)" + (summary.isEmpty ? " (nothing to judge)" : " (\(summary.joined(separator: ", ")))"))
        if document.environments.isEmpty {
            lines.append("")
            lines.append(document.input == "pgbackrest" ? "no stanzas in the pgBackRest output" : "no environments in the estate")
        }
        func when(_ date: Date) -> String { BackupsText.instant(date, now: now, zone: zone) }
        func fact(_ label: String, _ value: String) { lines.append("  " + label.padding(toLength: 15, withPad: " ", startingAt: 0) + " " + value) }
        for entry in document.environments {
            let verdict = entry.verdict
            lines.append("")
            let about = [entry.tier, entry.stanza.map { "stanza \($0)" }].compactMap { $0 }.joined(separator: ", ")
            lines.append("\(verdict.status.rawValue.uppercased())  \(entry.id)" + (about.isEmpty ? "" : "  (\(about))"))
            let rpo = DurationText.short(verdict.rpo)
            if let point = verdict.recoveryPoint, let exposure = verdict.exposure {
                fact("recovery point", "\(when(point)); exposure \(DurationText.short(exposure)) against RPO \(rpo)")
            } else {
                fact("recovery point", "none; RPO \(rpo)")
            }
            if let oldest = verdict.oldestRestorable, let point = verdict.recoveryPoint {
                fact("PITR window", "\(TimeText.minute(oldest, zone: zone)) -> \(TimeText.minute(point, zone: zone)) (\(DurationText.short(point.timeIntervalSince(oldest))))")
            }
            for (label, set) in [("last full", verdict.lastFull), ("last diff", verdict.lastDiff), ("last incr", verdict.lastIncr)] {
                guard let set else { fact(label, "none"); continue }
                let size = set.sizeBytes.map { ", \(BackupsText.bytes($0))" } ?? ""
                fact(label, "\(when(set.stop)), took \(DurationText.short(set.stop.timeIntervalSince(set.start)))\(size), \(set.shortLabel)")
            }
            // An empty chain does not "resolve", but saying it does not would suggest a broken one.
            let hasSets = verdict.lastFull != nil || verdict.lastDiff != nil || verdict.lastIncr != nil
            fact("chain", !hasSets ? "no backups retained" : (verdict.chainResolves ? "resolves" : "does not resolve"))
            if verdict.inProgress { fact("running", "a backup or expire holds the lock") }
            if let test = verdict.lastRestoreTest {
                let rto = entry.rtoSeconds.map { " (RTO \(DurationText.short(TimeInterval($0))))" } ?? ""
                fact("restore test", "\(when(test.at)), \(BackupSet.shortLabel(test.backupLabel)), took \(DurationText.short(test.duration))\(rto), \(test.succeeded ? "succeeded" : "FAILED")")
            } else {
                fact("restore test", "none recorded")
            }
            lines.append("  reasons:")
            for reason in verdict.reasons {
                lines.append("    " + reason.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + reason.message)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
