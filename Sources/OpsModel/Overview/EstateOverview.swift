import Foundation

/// The estate's verdicts at one instant, computed once per load or tick and read by every view.
public struct EstateOverview: Sendable {
    public let now: Date
    public let rows: [EnvironmentOverview]
    public let health: HealthRollUp
    /// Roll-up of every environment's overall status.
    public let status: Status
    /// How many environments have each overall status (a status none has is absent).
    public let overallCounts: [Status: Int]
    private let rowIndex: [String: Int]
    /// The backup records judged for each environment (the first per environment wins), as
    /// positions in the estate's records: copying 10,000 of them took 15–18 ms.
    private let backups: [EnvironmentBackups]
    private let backupPositions: [String: Int]
    /// Each environment's restore tests, in file order.
    private let restoreTests: [String: [RestoreTest]]

    /// Backup information older than this is not trusted (collectors read it every few minutes).
    public static let backupStaleAfter: TimeInterval = 30 * 60

    /// The compiled trading calendar, reused by the Calendar view and the readiness gate.
    public let calendar: CompiledCalendar

    /// Assesses every environment of `estate` at `now`.
    public init(estate: Estate, now: Date) {
        self.now = now
        let health = HealthRollUp(signals: estate.signals, now: now)
        self.health = health
        let calendar = CompiledCalendar(windows: estate.windows)
        self.calendar = calendar
        let backups = estate.backups
        let backupPositions = FirstPositions.index(count: backups.count, key: { backups[$0].environmentID })
        var testsByEnvironment: [String: [RestoreTest]] = [:]
        for test in estate.restoreTests {
            testsByEnvironment[test.environmentID, default: []].append(test)
        }
        var incidentsByEnvironment: [String: [Incident]] = [:]
        for incident in estate.incidents where incident.isOpen(at: now) {
            incidentsByEnvironment[incident.environmentID, default: []].append(incident)
        }
        let tenantNames = Dictionary(estate.tenants.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let freezes = FreezeStates.now(environments: estate.environments, calendar: calendar, approvals: estate.approvals, at: now)
        // Each environment is judged on its own, so a large estate's rows are made on every core.
        // Each environment read in place and copied once, into its row: a copy retains every field.
        let rows = estate.environments.withUnsafeBufferPointer { environments in
            ParallelMap.map(Array(environments.indices)) { position -> EnvironmentOverview in
                let id = environments[position].id
                let signals = health.summary(environmentID: id)
                let backup = BackupAssessment.assess(
                    backupPositions[id].map { backups[$0] },
                    restoreTests: testsByEnvironment[id] ?? [],
                    policy: estate.policy(for: environments[position].tier),
                    now: now,
                    staleAfter: Self.backupStaleAfter
                )
                let incidents = (incidentsByEnvironment[id] ?? []).sorted { $0.severity < $1.severity }
                let incidentStatus: Status = incidents.contains { $0.severity <= 2 } ? .crit : (incidents.isEmpty ? .ok : .warn)
                let tenantID = environments[position].tenantID
                return EnvironmentOverview(
                    environment: environments[position],
                    tenantName: tenantNames[tenantID] ?? tenantID,
                    health: signals.status,
                    healthAge: signals.oldestValueAge,
                    signalCounts: signals.counts,
                    backup: backup,
                    freeze: freezes[position],
                    openIncidents: incidents,
                    overall: Status.rollUp([signals.status, backup.status, incidentStatus])
                )
            }
        }
        self.rows = rows
        self.rowIndex = FirstPositions.index(count: rows.count, key: { rows[$0].environment.id })
        self.backups = backups
        self.backupPositions = backupPositions
        self.restoreTests = testsByEnvironment
        // By position: a loop over the rows themselves copied each one (every text and list
        // retained and released), 4–7 ms at 10,000 environments.
        var counts: [Status: Int] = [:]
        for position in rows.indices { counts[rows[position].overall, default: 0] += 1 }
        self.overallCounts = counts
        self.status = Status.rollUp(counts.keys)
    }

    /// The backup records an environment's verdict was judged on, if it has any.
    public func backupRecords(_ environmentID: String) -> EnvironmentBackups? {
        backupPositions[environmentID].map { backups[$0] }
    }

    /// An environment's restore tests, in file order.
    public func restoreTests(_ environmentID: String) -> [RestoreTest] {
        restoreTests[environmentID] ?? []
    }

    /// The row of an environment, if it exists.
    public func row(_ environmentID: String) -> EnvironmentOverview? {
        rowIndex[environmentID].map { rows[$0] }
    }
}
