import Foundation
import OpsModel
import TerminalUI

/// The freeze state as a short cell and a sentence.
enum FreezeText {
    static func cell(_ freeze: FreezeNow, now: Date, glyphs: GlyphSet) -> Span {
        let left = freeze.until.map { " " + DurationText.coarse($0.timeIntervalSince(now)) } ?? ""
        switch freeze.state {
        case .open: return Span("\(glyphs.statusOK) open", role: .statusOK)
        case .freeze: return Span("\(glyphs.statusCrit) frozen\(left)", role: .freezeHard, attributes: .bold)
        case .softFreeze: return Span("\(glyphs.statusWarn) soft\(left)", role: .freezeSoft)
        case .outsideMaintenance: return Span("\(glyphs.statusWarn) closed\(left)", role: .maintenance)
        }
    }

    static func sentence(_ freeze: FreezeNow, zone: TimeZone) -> String {
        let name = freeze.windowName.map { " (\($0))" } ?? ""
        let until = freeze.until.map { " until \(TimeText.minute($0, zone: zone))" } ?? ""
        switch freeze.state {
        case .open: return "open for deploys now"
        case .freeze: return "\(until.trimmingCharacters(in: .whitespaces))\(name)"
        case .softFreeze: return "soft freeze: deploys need approval\(until)\(name)"
        case .outsideMaintenance: return "outside its maintenance window; next opens\(until.replacingOccurrences(of: " until", with: ""))\(name)"
        }
    }
}
