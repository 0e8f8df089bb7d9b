import Foundation

/// One environment's row of the estate: every roll-up the Environments view and `opsdeck status` show.
public struct EnvironmentOverview: Sendable, Hashable {
    public var environment: Environment
    public var tenantName: String
    /// Roll-up of the environment's signals at `now`.
    public var health: Status
    /// Age of the oldest latest signal value (how old the health picture is).
    public var healthAge: TimeInterval?
    public var signalCounts: [Status: Int]
    /// The backup verdict, kept in a shared box: it is 560 bytes, the rest of the row 320, and
    /// lists copy rows (at 10,000 environments the Backups list and the overview each held it).
    public var backup: BackupVerdict {
        get { backupBox.verdict }
        set { backupBox = BackupVerdictBox(newValue) }
    }
    private var backupBox: BackupVerdictBox
    public var freeze: FreezeNow
    public var openIncidents: [Incident]
    /// The worst of health, backup and freeze-independent risks: what the row's marker shows.
    public var overall: Status

    /// A row as judged.
    public init(
        environment: Environment, tenantName: String, health: Status, healthAge: TimeInterval?, signalCounts: [Status: Int],
        backup: BackupVerdict, freeze: FreezeNow, openIncidents: [Incident], overall: Status
    ) {
        self.environment = environment
        self.tenantName = tenantName
        self.health = health
        self.healthAge = healthAge
        self.signalCounts = signalCounts
        backupBox = BackupVerdictBox(backup)
        self.freeze = freeze
        self.openIncidents = openIncidents
        self.overall = overall
    }

    /// Age of the deployed release at `now`.
    public func releaseAge(now: Date) -> TimeInterval? {
        environment.release.map { now.timeIntervalSince($0.deployedAt) }
    }
}

/// The freeze state of an environment at one instant, for lists and summaries.
public struct FreezeNow: Sendable, Hashable, Codable {
    /// `open` (deploys allowed), `soft-freeze`, `freeze`, or `outside-maintenance`.
    public enum State: String, Sendable, Hashable, Codable {
        case open
        case softFreeze = "soft-freeze"
        case freeze
        case outsideMaintenance = "outside-maintenance"
    }

    public var state: State
    /// The window responsible, by name.
    public var windowName: String?
    /// When the responsible occurrence ends (or the next maintenance window opens).
    public var until: Date?

    public init(state: State, windowName: String? = nil, until: Date? = nil) {
        self.state = state
        self.windowName = windowName
        self.until = until
    }
}

/// An immutable backup verdict shared by the copies of a row; equal when the verdicts are.
private final class BackupVerdictBox: Sendable, Hashable {
    let verdict: BackupVerdict

    init(_ verdict: BackupVerdict) {
        self.verdict = verdict
    }

    static func == (lhs: BackupVerdictBox, rhs: BackupVerdictBox) -> Bool {
        lhs === rhs || lhs.verdict == rhs.verdict
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(verdict)
    }
}
