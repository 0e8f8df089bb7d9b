import Foundation

/// Which incident a journal opens for an environment: the one the estate already has open, or a
/// new id `ENV-YYYYMMDD-HHMM` (UTC). The console and `opsdeck journal start` both ask here.
public enum IncidentNaming {
    /// The id and title to open; `title` is nil for a new incident.
    public static func opening(environmentID: String, incidents: [Incident], at now: Date) -> (id: String, title: String?) {
        if let open = incidents.filter({ $0.environmentID == environmentID && $0.isOpen(at: now) }).min(by: { $0.severity < $1.severity }) {
            return (open.id, open.title)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: now)
        let stamp = String(format: "%04d%02d%02d-%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
        return ("\(environmentID)-\(stamp)", nil)
    }
}
