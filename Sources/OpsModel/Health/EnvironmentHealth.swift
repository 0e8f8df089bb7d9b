import Foundation

/// Everything the Health view and `opsdeck health` say about one environment, from one set of verdicts.
public struct EnvironmentHealth: Sendable {
    public let environment: Environment
    public let now: Date
    /// Roll-up of every signal (the same as the Environments view's health column).
    public let status: Status
    /// Signals per status.
    public let counts: [Status: Int]
    /// Age of the oldest latest value: how old the picture is.
    public let oldestValueAge: TimeInterval?
    /// The earliest moment a signal that is bad now turned bad: "red for …".
    public let badSince: Date?
    /// Components worst first (ties in the environment's order); signals within each worst first.
    public let components: [ComponentHealth]
    /// The six retail processes in their fixed order, so people find them in the same place.
    public let processes: [ProcessImpact]
    /// Active alerts, paging ones first, worst first, oldest first.
    public let alerts: [Alert]
    /// Changes within the lookback, newest first, with suspect links.
    public let changes: [ChangeReading]
    /// Incidents open at `now`, worst first.
    public let openIncidents: [Incident]
    /// The windows used, so screens and JSON can state them.
    public let changeLookback: TimeInterval
    public let suspectWindow: TimeInterval

    /// Reads one environment out of an overview computed from `estate` (its signal indices must
    /// refer to `estate.signals`), so the verdicts are exactly those of every other view.
    public init(
        environment: Environment, estate: Estate, overview: EstateOverview,
        changeLookback: TimeInterval = ChangeTimeline.defaultLookback, suspectWindow: TimeInterval = SuspectChanges.defaultWindow
    ) {
        let now = overview.now
        let health = overview.health
        let indices = health.signalIndices(environmentID: environment.id).filter { $0 < estate.signals.count }
        let readings = indices.map { SignalReading(signal: estate.signals[$0], verdict: health.verdicts[$0]) }
        self.init(environment: environment, readings: readings, estate: estate, now: now, changeLookback: changeLookback, suspectWindow: suspectWindow)
    }

    /// Builds the picture from readings already judged at `now`.
    public init(
        environment: Environment, readings: [SignalReading], estate: Estate, now: Date,
        changeLookback: TimeInterval = ChangeTimeline.defaultLookback, suspectWindow: TimeInterval = SuspectChanges.defaultWindow
    ) {
        self.environment = environment
        self.now = now
        self.changeLookback = changeLookback
        self.suspectWindow = suspectWindow
        self.status = Status.rollUp(readings.map(\.verdict.status))
        var counts: [Status: Int] = [:]
        for reading in readings { counts[reading.verdict.status, default: 0] += 1 }
        self.counts = counts
        self.oldestValueAge = readings.compactMap(\.verdict.age).max()
        self.badSince = readings.compactMap(\.turnedBadAt).min()

        var componentOrder = environment.components.map(\.id)
        let names = Dictionary(environment.components.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var byComponent: [String: [SignalReading]] = [:]
        for reading in readings {
            let id = reading.signal.componentID
            if names[id] == nil && byComponent[id] == nil { componentOrder.append(id) }
            byComponent[id, default: []].append(reading)
        }
        let groups = componentOrder.compactMap { id -> ComponentHealth? in
            guard let members = byComponent[id], !members.isEmpty else { return nil }
            return ComponentHealth(componentID: id, name: names[id] ?? id, status: Status.rollUp(members.map(\.verdict.status)), readings: SignalReading.worstFirst(members))
        }
        self.components = groups.enumerated()
            .sorted { ($0.element.status.severity, -$0.offset) > ($1.element.status.severity, -$1.offset) }
            .map(\.element)

        self.processes = RetailProcess.allCases.map { process in
            let members = readings.filter { $0.signal.processes.contains(process) }
            return ProcessImpact(process: process, status: Status.rollUp(members.map(\.verdict.status)), readings: SignalReading.worstFirst(members))
        }

        self.alerts = estate.alerts.filter { $0.environmentID == environment.id && $0.startsAt <= now }.sorted(by: Alert.triageOrder)

        let recent = ChangeTimeline.recent(estate.changes, environmentID: environment.id, now: now, lookback: changeLookback)
        let links = SuspectChanges.links(changes: recent, signals: readings.filter { $0.turnedBadAt != nil }.map(\.signal), window: suspectWindow)
        self.changes = recent.map { ChangeReading(change: $0, suspects: links[$0.id] ?? []) }

        self.openIncidents = estate.incidents.filter { $0.environmentID == environment.id && $0.isOpen(at: now) }
            .sorted { ($0.severity, $0.openedAt) < ($1.severity, $1.openedAt) }
    }

    /// The readings of every component, flattened in display order.
    public var readings: [SignalReading] { components.flatMap(\.readings) }
}
