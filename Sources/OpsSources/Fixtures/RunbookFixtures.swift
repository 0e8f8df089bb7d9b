import Foundation
import OpsModel

/// Reads a runbook file: YAML front matter between `---` lines, then the Markdown body.
enum RunbookFixtures {
    static func runbook(text: String, path: String, anchor: Date, log: IssueLog) -> Runbook? {
        // The opening --- stays in the header, so its lines count as the file's lines.
        guard let (header, body) = FrontMatter.split(text) else {
            log.error(path, 1, "front matter", "a runbook starts with a --- front matter block (id, title, …)")
            return nil
        }
        let node: FixtureNode?
        do {
            node = try FixtureYAML.document(Array(header.utf8))
        } catch {
            log.error(path, error.line, "front matter", "not valid YAML: \(error.summary)")
            return nil
        }
        guard let node, let reader = NodeReader(node, path: path, fieldPath: .root, anchor: anchor, log: log) else { return nil }
        let id = reader.string("id")
        let title = reader.string("title")
        let signals = reader.strings("signals")
        let alerts = reader.strings("alerts")
        let components = reader.choices("components", ComponentKind.self)
        let severity = reader.string("severity", required: false) ?? ""
        let owner = reader.string("owner", required: false) ?? ""
        let reviewed = reviewedDate(reader)
        reader.finish()
        guard let id, let title, !reader.failed else { return nil }
        return Runbook(id: id, title: title, signalKeys: signals, alertNames: alerts, componentKinds: components, severity: severity, owner: owner, lastReviewed: reviewed, body: body)
    }

    /// `reviewed: 2026-09-14` (a plain date, the usual way), an instant, or `now-60d`.
    private static func reviewedDate(_ reader: NodeReader) -> Date? {
        guard let text = reader.string("reviewed", required: false) else { return nil }
        if let instant = FixtureTime.instant(text, anchor: reader.anchor) { return instant }
        guard let local = FixtureTime.localDateTime(text) else {
            reader.warn("reviewed", "expected a date like 2026-09-14, an instant or now-60d, got \"\(text)\"", at: reader.node("reviewed"))
            return nil
        }
        var components = DateComponents()
        components.year = local.year
        components.month = local.month
        components.day = local.day
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)
    }
}
