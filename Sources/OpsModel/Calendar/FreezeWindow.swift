import Foundation

/// What a calendar window does to deploys.
public enum WindowKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// Hard freeze: no deploys.
    case freeze
    /// Deploys need a recorded approval.
    case softFreeze = "soft-freeze"
    /// An allow window: where one applies, deploys happen only inside it.
    case maintenance
}

/// Which environments a window or approval applies to; an empty selector matches nothing.
public struct Scope: Sendable, Hashable, Codable {
    public var environmentIDs: [String]
    public var tiers: [Tier]
    public var stages: [Stage]
    public var tenantIDs: [String]
    public var tags: [String]
    /// Matches every environment (written `all: true` in fixtures).
    public var all: Bool

    public init(environmentIDs: [String] = [], tiers: [Tier] = [], stages: [Stage] = [], tenantIDs: [String] = [], tags: [String] = [], all: Bool = false) {
        self.environmentIDs = environmentIDs
        self.tiers = tiers
        self.stages = stages
        self.tenantIDs = tenantIDs
        self.tags = tags
        self.all = all
    }
}

/// A local wall-clock date-time (no zone), e.g. 2026-11-27 00:00.
public struct LocalDateTime: Sendable, Hashable, Codable, Comparable {
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute) < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute)
    }
}

/// When a window is in force.
public enum WindowSchedule: Sendable, Hashable, Codable {
    /// One occurrence between two instants, `[start, end)`.
    case instants(start: Date, end: Date)
    /// One occurrence between two local date-times in an IANA zone.
    case local(start: LocalDateTime, end: LocalDateTime, zone: String)
    /// A 5-field cron start (wall clock in `zone`), lasting `duration` seconds of elapsed time.
    case recurring(cron: String, duration: TimeInterval, zone: String)
}

/// A named freeze, soft-freeze or maintenance window of the trading calendar.
public struct FreezeWindow: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var kind: WindowKind
    public var scope: Scope
    public var reason: String
    public var owner: String
    public var schedule: WindowSchedule

    public init(id: String, name: String, kind: WindowKind, scope: Scope, reason: String, owner: String, schedule: WindowSchedule) {
        self.id = id
        self.name = name
        self.kind = kind
        self.scope = scope
        self.reason = reason
        self.owner = owner
        self.schedule = schedule
    }
}

/// A recorded approval to deploy during a soft freeze.
public struct Approval: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var approver: String
    public var approvedAt: Date
    public var environmentID: String
    /// The soft-freeze window it covers; nil covers any soft freeze.
    public var windowID: String?
    public var validFrom: Date
    public var validUntil: Date
    public var note: String?

    public init(id: String, approver: String, approvedAt: Date, environmentID: String, windowID: String?, validFrom: Date, validUntil: Date, note: String? = nil) {
        self.id = id
        self.approver = approver
        self.approvedAt = approvedAt
        self.environmentID = environmentID
        self.windowID = windowID
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.note = note
    }
}

/// A release planned on the calendar.
public struct PlannedRelease: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var environmentID: String
    public var version: String
    public var plannedStart: Date
    public var duration: TimeInterval
    public var owner: String
    public var risk: String
    public var databaseMigration: Bool
    public var rollbackPlan: String

    public init(id: String, environmentID: String, version: String, plannedStart: Date, duration: TimeInterval, owner: String, risk: String, databaseMigration: Bool, rollbackPlan: String) {
        self.id = id
        self.environmentID = environmentID
        self.version = version
        self.plannedStart = plannedStart
        self.duration = duration
        self.owner = owner
        self.risk = risk
        self.databaseMigration = databaseMigration
        self.rollbackPlan = rollbackPlan
    }
}
