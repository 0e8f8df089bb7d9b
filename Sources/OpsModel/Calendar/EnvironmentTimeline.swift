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

    /// Expands the windows at `applicable` positions of `windows` over `[from, to)` (the
    /// instant `from` when equal).
    init(windows: [CompiledWindow], applicable: [Int], invalid: [InvalidWindow], from: Date, to: Date) {
        var freezes: [IndexedOccurrence] = []
        var softFreezes: [IndexedOccurrence] = []
        var maintenance: [IndexedOccurrence] = []
        var hasMaintenanceWindow = invalid.contains { $0.window.kind == .maintenance }
        for windowIndex in applicable {
            let compiled = windows[windowIndex]
            let found = compiled.spans(from: from, to: to).map { IndexedOccurrence(windowIndex: windowIndex, span: $0) }
            switch compiled.window.kind {
            case .freeze: freezes += found
            case .softFreeze: softFreezes += found
            case .maintenance:
                maintenance += found
                hasMaintenanceWindow = true
            }
        }
        self.freezes = OccurrenceIndex(freezes, windows: windows)
        self.softFreezes = OccurrenceIndex(softFreezes, windows: windows)
        self.maintenance = OccurrenceIndex(maintenance, windows: windows)
        self.hasMaintenanceWindow = hasMaintenanceWindow
        self.invalid = invalid
    }
}
