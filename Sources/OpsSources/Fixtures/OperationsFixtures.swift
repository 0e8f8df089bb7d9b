import Foundation
import OpsModel

/// Decoders of what happened: changes, incidents and alerts.
enum OperationsFixtures {
    static func change(_ reader: NodeReader) -> Change? {
        let id = reader.string("id")
        let environmentID = reader.string("env")
        let kind = reader.choice("kind", ChangeKind.self)
        let at = reader.instant("at")
        let actor = reader.string("actor", required: false) ?? "unknown"
        let summary = reader.string("summary")
        let from = reader.string("from", required: false)
        let to = reader.string("to", required: false)
        let revert = reader.string("revert", required: false)
        reader.finish()
        guard let id, let environmentID, let kind, let at, let summary, !reader.failed else { return nil }
        return Change(id: id, environmentID: environmentID, kind: kind, at: at, actor: actor, summary: summary, fromVersion: from, toVersion: to, revert: revert)
    }

    static func incident(_ reader: NodeReader) -> Incident? {
        let id = reader.string("id")
        let environmentID = reader.string("env")
        let severity = reader.int("severity")
        if let severity, !(1...5).contains(severity) {
            reader.fail("severity", "expected 1 (worst) to 5, got \(severity)", at: reader.node("severity"))
        }
        let title = reader.string("title")
        let opened = reader.instant("opened")
        let resolved = reader.instant("resolved", required: false)
        let commander = reader.string("commander", required: false)
        reader.finish()
        guard let id, let environmentID, let severity, let title, let opened, !reader.failed else { return nil }
        return Incident(id: id, environmentID: environmentID, severity: severity, title: title, openedAt: opened, resolvedAt: resolved, commander: commander)
    }

    static func alert(_ reader: NodeReader) -> Alert? {
        let name = reader.string("name")
        let environmentID = reader.string("env")
        let severity = reader.string("severity", required: false) ?? "warning"
        let summary = reader.string("summary", required: false) ?? ""
        let startsAt = reader.instant("startsAt")
        let silencedBy = reader.strings("silencedBy")
        let inhibitedBy = reader.strings("inhibitedBy")
        let runbookURL = reader.string("runbookURL", required: false)
        var labels: [String: String] = [:]
        if let labelReader = reader.nested("labels") {
            for entry in labelReader.mapping.entries {
                if let text = entry.value.scalar?.text { labels[entry.key.text] = text }
            }
        }
        reader.finish()
        guard let name, let environmentID, let startsAt, !reader.failed else { return nil }
        return Alert(name: name, environmentID: environmentID, severity: severity, summary: summary, startsAt: startsAt, silencedBy: silencedBy, inhibitedBy: inhibitedBy, runbookURL: runbookURL, labels: labels)
    }
}
