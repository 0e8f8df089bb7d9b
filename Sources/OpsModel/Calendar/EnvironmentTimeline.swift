import Foundation

/// The occurrences of the windows applying to one environment over a stretch of time,
/// grouped by what they do to deploys.
struct EnvironmentTimeline: Sendable {
    let freezes: OccurrenceIndex
    let softFreezes: OccurrenceIndex
    let maintenance: OccurrenceIndex
    /// Whether any maintenance window applies at all (then deploys must fit inside one).
    let hasMaintenanceWindow: Bool
    /// Windows applying to the environment that cannot be evaluated.
    let invalid: [InvalidWindow]

    /// Expands the applicable windows over `[from, to)` (the instant `from` when equal).
    init(windows: [CompiledWindow], invalid: [InvalidWindow], from: Date, to: Date) {
        var byKind: [WindowKind: [WindowOccurrence]] = [:]
        for compiled in windows {
            let occurrences = compiled.occurrences(from: from, to: to)
            byKind[compiled.window.kind, default: []]
                .append(contentsOf: occurrences.map { WindowOccurrence(window: compiled.window, occurrence: $0) })
        }
        freezes = OccurrenceIndex(byKind[.freeze] ?? [])
        softFreezes = OccurrenceIndex(byKind[.softFreeze] ?? [])
        maintenance = OccurrenceIndex(byKind[.maintenance] ?? [])
        hasMaintenanceWindow = windows.contains { $0.window.kind == .maintenance }
            || invalid.contains { $0.window.kind == .maintenance }
        self.invalid = invalid
    }
}
