import Foundation

/// Writes `runbooks/<id>.md`: one short runbook for every runbook id the catalog names.
enum RunbookFiles {
    static func write(into directory: URL) throws {
        let folder = directory.appendingPathComponent("runbooks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for id in SignalCatalog.runbookIDs {
            let keys = SignalCatalog.kinds.filter { $0.runbook == id }.map(\.key)
            let text = """
            ---
            id: \(id)
            title: \(id.replacingOccurrences(of: "-", with: " ").capitalized)
            signals: [\(keys.joined(separator: ", "))]
            severity: sev2
            owner: Platform team
            reviewed: now-30d
            ---
            # \(id)

            A generated runbook for `{{env.id}}`: check the signals above, then escalate.

            1. Look at the dashboard of `{{env.namespace}}`.
            2. Compare with recent changes.

            """
            try text.write(to: folder.appendingPathComponent("\(id).md"), atomically: true, encoding: .utf8)
        }
    }
}
