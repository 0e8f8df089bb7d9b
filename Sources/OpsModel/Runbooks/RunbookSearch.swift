/// A runbook that matched a search, with its score (higher is better).
public struct RunbookMatch: Sendable, Hashable {
    /// The runbook.
    public var runbook: Runbook
    /// The rank: title matches outweigh metadata matches, which outweigh body matches.
    public var score: Int
    /// Where the terms were found, best first (`title`, `applies-to`, `body`).
    public var fields: [String]
}

/// Ranks runbooks against a typed query: every term must match somewhere (AND); a term matches
/// at the start of a word (`repl` finds "replication"), or anywhere inside a word for less.
public enum RunbookSearch {
    /// The runbooks matching `query`, best first; an empty query keeps every runbook in title order.
    public static func rank(_ runbooks: [Runbook], query: String) -> [RunbookMatch] {
        let terms = words(query)
        guard !terms.isEmpty else {
            return runbooks.sorted(by: titleOrder).map { RunbookMatch(runbook: $0, score: 0, fields: []) }
        }
        var matches: [RunbookMatch] = []
        for runbook in runbooks {
            let title = words(runbook.title)
            let metadata = words(([runbook.id, runbook.severity, runbook.owner] + runbook.signalKeys + runbook.alertNames + runbook.componentKinds.map(\.rawValue)).joined(separator: " "))
            let body = words(runbook.body)
            var score = 0
            var fields: [String] = []
            var allMatched = true
            for term in terms {
                // Each field's best weight; the parts are sized so a title hit always beats body hits.
                let titleScore = weight(term, in: title, exact: 120, prefix: 100, inside: 60)
                let metadataScore = weight(term, in: metadata, exact: 45, prefix: 40, inside: 25)
                let bodyHits = body.filter { $0.hasPrefix(term) }.count
                let bodyScore = bodyHits > 0 ? 10 + min(bodyHits, 5) : (body.contains { $0.contains(term) } ? 5 : 0)
                let best = max(titleScore, metadataScore, bodyScore)
                if best == 0 { allMatched = false; break }
                score += best
                let field = best == titleScore ? "title" : best == metadataScore ? "applies-to" : "body"
                if !fields.contains(field) { fields.append(field) }
            }
            if allMatched { matches.append(RunbookMatch(runbook: runbook, score: score, fields: fields)) }
        }
        return matches.sorted { $0.score != $1.score ? $0.score > $1.score : titleOrder($0.runbook, $1.runbook) }
    }

    private static func weight(_ term: String, in words: [String], exact: Int, prefix: Int, inside: Int) -> Int {
        if words.contains(term) { return exact }
        if words.contains(where: { $0.hasPrefix(term) }) { return prefix }
        if words.contains(where: { $0.contains(term) }) { return inside }
        return 0
    }

    private static func titleOrder(_ left: Runbook, _ right: Runbook) -> Bool {
        left.title.lowercased() != right.title.lowercased() ? left.title.lowercased() < right.title.lowercased() : left.id < right.id
    }

    /// Lower-cased words: runs of letters and digits (so `pg_stat_activity` is three words and `5xx` one).
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}
