import Foundation
import OpsModel

/// Writes an estate as a fixture directory the fixture loader reads back (`opsdeck snapshot`).
///
/// Every time is absolute, so the files tell what was seen at the moment of the snapshot
/// whenever they are opened. Signal samples are written as a series ending at the last
/// sample's time with the mean spacing; evenly spaced samples (what agents send) come back exactly.
public enum FixtureWriter {
    /// The files, by name (`runbooks/<id>.md` for runbooks), with their text.
    public static func files(for estate: Estate, header: String? = nil) -> [(name: String, text: String)] {
        var files = [
            ("00-estate.yaml", estateFile(estate, header: header)),
            ("10-environments.yaml", environmentsFile(estate)),
            ("20-signals.yaml", signalsFile(estate)),
            ("30-operations.yaml", operationsFile(estate)),
            ("40-calendar.yaml", calendarFile(estate)),
            ("50-backups.yaml", backupsFile(estate)),
        ]
        var usedNames = Set<String>()
        for runbook in estate.runbooks {
            var base = runbook.id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" }.map(String.init).joined()
            if base.isEmpty { base = "runbook" }
            var name = base
            var counter = 2
            while !usedNames.insert(name).inserted { name = "\(base)-\(counter)"; counter += 1 }
            files.append(("runbooks/\(name).md", runbookFile(runbook)))
        }
        return files
    }

    /// Writes the files into `directory` (created if needed); returns the paths written.
    @discardableResult
    public static func write(_ estate: Estate, to directory: URL, header: String? = nil) throws -> [String] {
        let manager = FileManager.default
        try manager.createDirectory(at: directory.appendingPathComponent("runbooks"), withIntermediateDirectories: true)
        var written: [String] = []
        for file in files(for: estate, header: header) {
            let url = directory.appendingPathComponent(file.name)
            try Data(file.text.utf8).write(to: url, options: .atomic)
            written.append(url.path)
        }
        return written
    }

    static func estateFile(_ estate: Estate, header: String?) -> String {
        var document = YAMLDocument(kind: "Estate")
        if let header { document.raw("# " + header.replacingOccurrences(of: "\n", with: " ")) }
        document.field("name", YAMLText.quoted(estate.name))
        document.listKey("tiers", empty: estate.tierPolicies.isEmpty)
        for policy in estate.tierPolicies {
            document.item([
                ("tier", policy.tier.rawValue), ("rpo", YAMLText.duration(policy.rpo)), ("rto", YAMLText.duration(policy.rto)),
                ("restoreTestInterval", policy.restoreTestInterval.map(YAMLText.duration)), ("guardrails", String(policy.appliesGuardrails)),
            ])
        }
        document.listKey("tenants", empty: estate.tenants.isEmpty)
        for tenant in estate.tenants {
            document.item([("id", YAMLText.quoted(tenant.id)), ("name", YAMLText.quoted(tenant.name)), ("tenancy", tenant.tenancy.rawValue)])
        }
        return document.text
    }

    static func environmentsFile(_ estate: Estate) -> String {
        var document = YAMLDocument(kind: "Environments")
        document.listKey("environments", empty: estate.environments.isEmpty)
        for environment in estate.environments {
            document.item([
                ("id", YAMLText.quoted(environment.id)), ("name", YAMLText.quoted(environment.name)),
                ("tenant", YAMLText.quoted(environment.tenantID)), ("stage", environment.stage.rawValue),
                ("tier", environment.tier.rawValue), ("tenancy", environment.tenancy.rawValue),
                ("region", YAMLText.quoted(environment.region)), ("zone", YAMLText.quoted(environment.zone)),
                ("timeZone", YAMLText.quoted(environment.timeZone)), ("odoo", YAMLText.quoted(environment.odooVersion)),
                ("namespace", YAMLText.quoted(environment.namespace)), ("cluster", YAMLText.quoted(environment.cluster)),
                ("tags", YAMLText.list(environment.tags)),
            ])
            if let release = environment.release {
                document.raw("    release: {version: \(YAMLText.quoted(release.version)), deployedAt: \(YAMLText.instant(release.deployedAt))}")
            }
            for (key, contacts) in [("owners", environment.owners), ("escalation", environment.escalation)] {
                document.listKey("    \(key)", empty: contacts.isEmpty)
                for contact in contacts {
                    document.item([("name", YAMLText.quoted(contact.name)), ("role", YAMLText.quoted(contact.role)), ("reach", YAMLText.quoted(contact.reach))], indent: 6)
                }
            }
            document.listKey("    links", empty: environment.links.isEmpty)
            for link in environment.links {
                document.item([("title", YAMLText.quoted(link.title)), ("url", YAMLText.quoted(link.url))], indent: 6)
            }
            document.listKey("    components", empty: environment.components.isEmpty)
            for component in environment.components {
                document.item([
                    ("id", YAMLText.quoted(component.id)), ("kind", component.kind.rawValue), ("name", YAMLText.quoted(component.name)),
                    ("version", component.version.map(YAMLText.quoted)), ("ready", component.replicasReady.map(String.init)),
                    ("desired", component.replicasDesired.map(String.init)), ("integration", component.integration.map(YAMLText.quoted)),
                ], indent: 6)
            }
        }
        return document.text
    }

    static func signalsFile(_ estate: Estate) -> String {
        var document = YAMLDocument(kind: "Signals")
        document.raw("# Each series is written whole: thresholds with it, samples ending at `last`, one per `interval`.")
        document.listKey("signals", empty: estate.signals.isEmpty)
        for signal in estate.signals {
            let finite = signal.samples.filter { $0.value.isFinite }
            let interval: TimeInterval? = finite.count > 1 ? (finite.last!.time.timeIntervalSince(finite.first!.time)) / Double(finite.count - 1) : nil
            // A non-finite value cannot be written as a number; it is dropped and the reason kept as the error.
            var error = signal.error
            if finite.count != signal.samples.count, error == nil { error = "non-finite values were dropped when saved" }
            document.item([
                ("env", YAMLText.quoted(signal.environmentID)), ("component", YAMLText.quoted(signal.componentID)),
                ("key", YAMLText.quoted(signal.key)), ("name", YAMLText.quoted(signal.name)), ("unit", YAMLText.quoted(signal.unit)),
                ("warn", YAMLText.number(signal.thresholds.warn)), ("crit", YAMLText.number(signal.thresholds.crit)),
                ("direction", signal.thresholds.direction.rawValue),
                ("processes", "[" + signal.processes.map(\.rawValue).joined(separator: ", ") + "]"),
                ("runbook", signal.runbookID.map(YAMLText.quoted)), ("staleAfter", YAMLText.duration(signal.staleAfter)),
                ("error", error.map(YAMLText.quoted)),
                ("last", finite.last.map { YAMLText.instant($0.time) }), ("interval", interval.map(YAMLText.duration)),
                ("samples", "[" + finite.map { YAMLText.number($0.value) }.joined(separator: ", ") + "]"),
            ])
        }
        return document.text
    }

    static func operationsFile(_ estate: Estate) -> String {
        var document = YAMLDocument(kind: "Operations")
        document.listKey("changes", empty: estate.changes.isEmpty)
        for change in estate.changes {
            document.item([
                ("id", YAMLText.quoted(change.id)), ("env", YAMLText.quoted(change.environmentID)), ("kind", change.kind.rawValue),
                ("at", YAMLText.instant(change.at)), ("actor", YAMLText.quoted(change.actor)), ("summary", YAMLText.quoted(change.summary)),
                ("from", change.fromVersion.map(YAMLText.quoted)), ("to", change.toVersion.map(YAMLText.quoted)), ("revert", change.revert.map(YAMLText.quoted)),
            ])
        }
        document.listKey("incidents", empty: estate.incidents.isEmpty)
        for incident in estate.incidents {
            document.item([
                ("id", YAMLText.quoted(incident.id)), ("env", YAMLText.quoted(incident.environmentID)), ("severity", String(incident.severity)),
                ("title", YAMLText.quoted(incident.title)), ("opened", YAMLText.instant(incident.openedAt)),
                ("resolved", incident.resolvedAt.map(YAMLText.instant)), ("commander", incident.commander.map(YAMLText.quoted)),
            ])
        }
        document.listKey("alerts", empty: estate.alerts.isEmpty)
        for alert in estate.alerts {
            let labels = alert.labels.sorted { $0.key < $1.key }.map { "\(YAMLText.quoted($0.key)): \(YAMLText.quoted($0.value))" }
            document.item([
                ("name", YAMLText.quoted(alert.name)), ("env", YAMLText.quoted(alert.environmentID)), ("severity", YAMLText.quoted(alert.severity)),
                ("summary", YAMLText.quoted(alert.summary)), ("startsAt", YAMLText.instant(alert.startsAt)),
                ("silencedBy", YAMLText.list(alert.silencedBy)), ("inhibitedBy", YAMLText.list(alert.inhibitedBy)),
                ("runbookURL", alert.runbookURL.map(YAMLText.quoted)), ("labels", "{" + labels.joined(separator: ", ") + "}"),
            ])
        }
        return document.text
    }

    static func calendarFile(_ estate: Estate) -> String {
        var document = YAMLDocument(kind: "Calendar")
        document.listKey("windows", empty: estate.windows.isEmpty)
        for window in estate.windows {
            let scope = window.scope
            let scopeText = "{envs: \(YAMLText.list(scope.environmentIDs)), tiers: [\(scope.tiers.map(\.rawValue).joined(separator: ", "))], "
                + "stages: [\(scope.stages.map(\.rawValue).joined(separator: ", "))], tenants: \(YAMLText.list(scope.tenantIDs)), "
                + "tags: \(YAMLText.list(scope.tags)), all: \(scope.all)}"
            var pairs: [(String, String?)] = [
                ("id", YAMLText.quoted(window.id)), ("name", YAMLText.quoted(window.name)), ("kind", window.kind.rawValue),
                ("scope", scopeText), ("reason", YAMLText.quoted(window.reason)), ("owner", YAMLText.quoted(window.owner)),
            ]
            switch window.schedule {
            case .instants(let start, let end):
                pairs += [("start", YAMLText.instant(start)), ("end", YAMLText.instant(end))]
            case .local(let start, let end, let zone):
                pairs += [("startLocal", local(start)), ("endLocal", local(end)), ("zone", YAMLText.quoted(zone))]
            case .recurring(let cron, let duration, let zone):
                pairs += [("cron", YAMLText.quoted(cron)), ("duration", YAMLText.duration(duration)), ("zone", YAMLText.quoted(zone))]
            }
            document.item(pairs)
        }
        document.listKey("approvals", empty: estate.approvals.isEmpty)
        for approval in estate.approvals {
            document.item([
                ("id", YAMLText.quoted(approval.id)), ("approver", YAMLText.quoted(approval.approver)), ("approvedAt", YAMLText.instant(approval.approvedAt)),
                ("env", YAMLText.quoted(approval.environmentID)), ("window", approval.windowID.map(YAMLText.quoted)),
                ("validFrom", YAMLText.instant(approval.validFrom)), ("validUntil", YAMLText.instant(approval.validUntil)), ("note", approval.note.map(YAMLText.quoted)),
            ])
        }
        document.listKey("releases", empty: estate.releases.isEmpty)
        for release in estate.releases {
            document.item([
                ("id", YAMLText.quoted(release.id)), ("env", YAMLText.quoted(release.environmentID)), ("version", YAMLText.quoted(release.version)),
                ("start", YAMLText.instant(release.plannedStart)), ("duration", YAMLText.duration(release.duration)), ("owner", YAMLText.quoted(release.owner)),
                ("risk", YAMLText.quoted(release.risk)), ("migration", String(release.databaseMigration)), ("rollback", YAMLText.quoted(release.rollbackPlan)),
            ])
        }
        return document.text
    }

    static func local(_ time: LocalDateTime) -> String {
        YAMLText.quoted(String(format: "%04d-%02d-%02dT%02d:%02d", time.year, time.month, time.day, time.hour, time.minute))
    }

    static func backupsFile(_ estate: Estate) -> String {
        var document = YAMLDocument(kind: "Backups")
        document.listKey("backups", empty: estate.backups.isEmpty)
        for entry in estate.backups {
            document.item([("env", YAMLText.quoted(entry.environmentID)), ("stanza", YAMLText.quoted(entry.stanza)), ("cipher", entry.cipher.map(YAMLText.quoted)), ("observed", entry.observedAt.map(YAMLText.instant))])
            if let status = entry.status {
                document.raw("    status: {code: \(status.code), message: \(YAMLText.quoted(status.message)), running: \(status.backupInProgress)}")
            }
            document.listKey("    sets", empty: entry.backups.isEmpty)
            for set in entry.backups {
                document.item([
                    ("label", YAMLText.quoted(set.label)), ("type", set.type.rawValue), ("start", YAMLText.instant(set.start)), ("stop", YAMLText.instant(set.stop)),
                    ("size", set.sizeBytes.map(String.init)), ("repositorySize", set.repositorySizeBytes.map(String.init)), ("prior", set.prior.map(YAMLText.quoted)),
                    ("references", YAMLText.list(set.references)), ("error", String(set.error)),
                    ("walStart", set.walStart.map(YAMLText.quoted)), ("walStop", set.walStop.map(YAMLText.quoted)),
                ], indent: 6)
            }
            if let archive = entry.archive {
                document.raw("    archive:")
                document.field("min", archive.minWAL.map(YAMLText.quoted), indent: 6)
                document.field("max", archive.maxWAL.map(YAMLText.quoted), indent: 6)
                document.field("lastArchivedWAL", archive.lastArchivedWAL.map(YAMLText.quoted), indent: 6)
                document.field("lastArchived", archive.lastArchivedTime.map(YAMLText.instant), indent: 6)
                document.field("failedCount", String(archive.failedCount), indent: 6)
                document.field("lastFailedWAL", archive.lastFailedWAL.map(YAMLText.quoted), indent: 6)
                document.field("lastFailed", archive.lastFailedTime.map(YAMLText.instant), indent: 6)
                document.field("toolError", archive.toolError.map(YAMLText.quoted), indent: 6)
            }
            if let policy = entry.policy {
                document.raw("    policy: {schedule: \(YAMLText.quoted(policy.schedule)), fullRetention: \(policy.fullRetention), encryption: \(policy.encryptionRequired), immutable: \(policy.immutable), offsite: \(policy.offsiteCopy)}")
            }
            document.listKey("    auxiliary", empty: entry.auxiliary.isEmpty)
            for auxiliary in entry.auxiliary {
                document.item([
                    ("kind", YAMLText.quoted(auxiliary.kind)), ("lastSuccess", auxiliary.lastSuccess.map(YAMLText.instant)),
                    ("lastAttempt", auxiliary.lastAttempt.map(YAMLText.instant)), ("succeeded", String(auxiliary.succeeded)),
                ], indent: 6)
            }
        }
        document.listKey("restoreTests", empty: estate.restoreTests.isEmpty)
        for test in estate.restoreTests {
            document.item([
                ("env", YAMLText.quoted(test.environmentID)), ("at", YAMLText.instant(test.at)), ("backup", YAMLText.quoted(test.backupLabel)),
                ("duration", YAMLText.duration(test.duration)), ("result", test.succeeded ? "success" : "failed"), ("notes", test.notes.map(YAMLText.quoted)),
            ])
        }
        return document.text
    }

    static func runbookFile(_ runbook: Runbook) -> String {
        var lines = ["---", "id: \(YAMLText.quoted(runbook.id))", "title: \(YAMLText.quoted(runbook.title))",
                     "signals: \(YAMLText.list(runbook.signalKeys))", "alerts: \(YAMLText.list(runbook.alertNames))",
                     "components: [\(runbook.componentKinds.map(\.rawValue).joined(separator: ", "))]",
                     "severity: \(YAMLText.quoted(runbook.severity))", "owner: \(YAMLText.quoted(runbook.owner))"]
        if let reviewed = runbook.lastReviewed { lines.append("reviewed: \(YAMLText.instant(reviewed))") }
        lines.append("---")
        // The loader takes everything after the closing line as the body, byte for byte.
        return lines.joined(separator: "\n") + "\n" + runbook.body
    }
}
