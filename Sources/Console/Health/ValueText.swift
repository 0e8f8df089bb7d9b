import Foundation
import OpsModel

/// Signal values and thresholds as short text with their units (`34 locks`, `95s`, `1.0GiB`, `48m`).
enum ValueText {
    /// A value with its unit.
    static func value(_ value: Double?, unit: String) -> String {
        guard let value else { return "–" }
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "+Inf" : "-Inf") }
        switch unit {
        // Seconds read best as durations once they pass a minute; thresholds read the same way.
        case "s": return seconds(value)
        case "B": return bytes(value)
        case "%", "ms": return number(value) + unit
        case "": return number(value)
        default: return unit.hasPrefix("/") ? number(value) + unit : number(value) + " " + unit
        }
    }

    /// A threshold, with the unit only where it changes how the number reads (durations, bytes);
    /// the value beside it names the unit.
    static func threshold(_ value: Double, unit: String) -> String {
        switch unit {
        case "s", "B": return self.value(value, unit: unit)
        default: return number(value)
        }
    }

    /// `≥800 / ≥2000ms`-style warn and crit; the comparison is the bad side (equal counts as past it).
    static func thresholds(_ thresholds: Thresholds, unit: String, ascii: Bool) -> String {
        let sign: String
        switch thresholds.direction {
        case .above: sign = ascii ? ">=" : "≥"
        case .below: sign = ascii ? "<=" : "≤"
        }
        return "\(sign)\(threshold(thresholds.warn, unit: unit)) / \(sign)\(threshold(thresholds.crit, unit: unit))"
    }

    /// `0.57s`, `42s`, `1m35s` (seconds kept while they matter), then `48m`, `3h05m`.
    static func seconds(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude < 60 { return number(value) + "s" }
        if magnitude < 600 {
            let whole = Int(magnitude.rounded(.down))
            let rest = whole % 60
            return (value < 0 ? "-" : "") + "\(whole / 60)m" + (rest == 0 ? "" : String(format: "%02ds", rest))
        }
        return (value < 0 ? "-" : "") + DurationText.short(magnitude)
    }

    /// Integers plainly, then fewer decimals the larger the number; `12.3k` from ten thousand.
    static func number(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 10_000_000 { return trimmed(value / 1_000_000, decimals: 1) + "M" }
        if magnitude >= 10_000 { return trimmed(value / 1000, decimals: 1) + "k" }
        if value == value.rounded() { return String(Int(value)) }
        if magnitude >= 100 { return String(Int(value.rounded())) }
        return trimmed(value, decimals: magnitude >= 10 ? 1 : 2)
    }

    static func bytes(_ value: Double) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var scaled = value
        var index = 0
        while abs(scaled) >= 1024 && index < units.count - 1 {
            scaled /= 1024
            index += 1
        }
        return (index == 0 ? number(scaled) : trimmed(scaled, decimals: abs(scaled) >= 100 ? 0 : 1)) + units[index]
    }

    private static func trimmed(_ value: Double, decimals: Int) -> String {
        var text = String(format: "%.\(decimals)f", value)
        if text.contains("." as Character) {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
