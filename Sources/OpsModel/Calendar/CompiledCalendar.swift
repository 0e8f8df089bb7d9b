import Foundation

/// Every window of the estate compiled once; answers verdicts, next slots and agenda queries.
///
/// Build one per load of the calendar and reuse it: compiling parses cron and resolves zones,
/// which would dominate if done per environment and per query.
public struct CompiledCalendar: Sendable {
    /// The windows that compiled.
    public let windows: [CompiledWindow]
    /// The windows that did not, with their problems.
    public let invalidWindows: [InvalidWindow]

    /// Compiles every window, setting aside the invalid ones with their problems.
    public init(windows: [FreezeWindow]) {
        var compiled: [CompiledWindow] = []
        var invalid: [InvalidWindow] = []
        for window in windows {
            do {
                compiled.append(try CompiledWindow(window))
            } catch {
                invalid.append(InvalidWindow(window: window, problems: window.validate()))
            }
        }
        self.windows = compiled
        self.invalidWindows = invalid
    }

    /// The compiled windows whose scope selects an environment.
    public func windows(applyingTo environment: Environment) -> [CompiledWindow] {
        windows.filter { $0.applies(to: environment) }
    }

    /// The invalid windows whose scope selects an environment.
    public func invalidWindows(applyingTo environment: Environment) -> [InvalidWindow] {
        invalidWindows.filter { $0.window.scope.matches(environment) }
    }

    /// Occurrences of every window applying to an environment that share time with
    /// `[from, to)`, ordered by start: the agenda, week and month grids.
    public func occurrences(environment: Environment, from: Date, to: Date) -> [WindowOccurrence] {
        windows(applyingTo: environment)
            .flatMap { compiled in
                compiled.occurrences(from: from, to: to).map { WindowOccurrence(window: compiled.window, occurrence: $0) }
            }
            .sorted { ($0.start, $0.window.id) < ($1.start, $1.window.id) }
    }

    /// The occurrences in force for an environment at an instant (freeze state now), the
    /// deploy-stopping kinds first (freeze, soft freeze, maintenance), then by end.
    public func activeOccurrences(environment: Environment, at instant: Date) -> [WindowOccurrence] {
        occurrences(environment: environment, from: instant, to: instant)
            .sorted { (rank($0.kind), $0.end, $0.window.id) < (rank($1.kind), $1.end, $1.window.id) }
    }

    func timeline(for environment: Environment, from: Date, to: Date) -> EnvironmentTimeline {
        let selection = selection(for: environment)
        return EnvironmentTimeline(
            windows: windows, applicable: selection.windows, invalid: selection.invalid.map { invalidWindows[$0] }, from: from, to: to
        )
    }

    /// The windows whose scope selects `environment`: all a verdict for it depends on, besides
    /// its approvals (`FreezeStates` judges once per selection).
    func selection(for environment: Environment) -> WindowSelection {
        WindowSelection(
            windows: windows.indices.filter { windows[$0].applies(to: environment) },
            invalid: invalidWindows.indices.filter { invalidWindows[$0].window.scope.matches(environment) }
        )
    }

    private func rank(_ kind: WindowKind) -> Int {
        switch kind {
        case .freeze: return 0
        case .softFreeze: return 1
        case .maintenance: return 2
        }
    }
}
