import Foundation
import OpsModel

/// Every planned release with the calendar's verdict, judged once per overview and kept by
/// environment, so a lane finds its own releases without scanning the estate's.
struct PlannedReleases: Sendable {
    private let byEnvironment: [String: [PlannedReleaseCheck]]

    /// Groups `checks` (as `PlannedReleaseCheck.all` gives them: by start, then id) by environment.
    init(_ checks: [PlannedReleaseCheck] = []) {
        byEnvironment = Dictionary(grouping: checks, by: \.release.environmentID)
    }

    /// The releases of `environments` starting in `[from, to)`, by start then id.
    func starting(for environments: [Environment], from: Date, to: Date) -> [PlannedReleaseCheck] {
        let found = environments.flatMap { byEnvironment[$0.id] ?? [] }
            .filter { $0.release.plannedStart >= from && $0.release.plannedStart < to }
        // One environment's releases are in order already; several are merged into the same order.
        guard environments.count > 1 else { return found }
        return found.sorted { ($0.release.plannedStart, $0.release.id) < ($1.release.plannedStart, $1.release.id) }
    }
}
