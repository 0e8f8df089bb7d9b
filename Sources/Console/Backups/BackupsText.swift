import Foundation
import OpsModel

/// How the Backups view and report spell instants, sizes and protection flags.
public enum BackupsText {
    /// `2026-11-27 05:59 UTC (3h01m ago)`: the zone and the age always travel with an instant.
    public static func instant(_ date: Date, now: Date, zone: TimeZone) -> String {
        "\(TimeText.minute(date, zone: zone)) (\(TimeText.relative(date, now: now)))"
    }

    /// `418 GiB`, `640 MiB`, `1.2 GiB`: binary units, one decimal below ten.
    public static func bytes(_ value: Int64) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]
        var amount = Double(max(0, value))
        var unit = 0
        while amount >= 1024 && unit < units.count - 1 {
            amount /= 1024
            unit += 1
        }
        if unit == 0 { return "\(Int(amount)) B" }
        let text = amount < 10 ? String(format: "%.1f", amount) : String(Int(amount.rounded()))
        return "\(text) \(units[unit])"
    }

    /// The exposure against the RPO as a list cell: `3h01m / 1h`, `none / 15m` (no recovery point), `? / 15m` (no data).
    public static func exposure(_ verdict: BackupVerdict, hasRecords: Bool) -> String {
        let rpo = DurationText.short(verdict.rpo)
        if let exposure = verdict.exposure { return "\(DurationText.short(exposure)) / \(rpo)" }
        return hasRecords ? "none / \(rpo)" : "? / \(rpo)"
    }

    /// The point-in-time window's length, or why there is none.
    public static func pitrWindow(_ verdict: BackupVerdict, records: EnvironmentBackups?) -> String {
        guard let records else { return "?" }
        guard let point = verdict.recoveryPoint, let oldest = verdict.oldestRestorable else { return "none" }
        // Without a WAL archive there is no point-in-time recovery, only the backups themselves.
        if records.archive == nil { return "no WAL" }
        return DurationText.short(point.timeIntervalSince(oldest))
    }

    /// Encryption, immutability and off-site copy as three tokens, `---` for each one missing.
    public static func protection(_ records: EnvironmentBackups?) -> String {
        guard let records else { return "?" }
        let cipher = records.cipher?.lowercased()
        let encrypted: Bool? = cipher.map { $0 != "none" && $0 != "mixed" }
        func token(_ present: Bool?, _ word: String) -> String {
            switch present {
            case .some(true): return word
            case .some(false): return "---"
            case .none: return "?"
            }
        }
        return [
            token(encrypted, "enc"),
            token(records.policy.map(\.immutable), "imm"),
            token(records.policy.map(\.offsiteCopy), "off"),
        ].joined(separator: " ")
    }

    /// The newest restore test as a list cell: `12d ok`, `9d failed`, `never`.
    public static func restoreTest(_ test: RestoreTest?, now: Date) -> String {
        guard let test else { return "never" }
        return "\(DurationText.short(now.timeIntervalSince(test.at))) \(test.succeeded ? "ok" : "failed")"
    }
}
