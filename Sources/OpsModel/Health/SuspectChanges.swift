import Foundation

/// One signal a change is suspected of having hurt: it turned bad shortly after the change.
public struct SuspectLink: Sendable, Hashable, Codable {
    /// Key of the signal that turned bad.
    public var signalKey: String
    /// The signal's name as people read it.
    public var signalName: String
    /// Component the signal belongs to (several components can share a key).
    public var componentID: String
    /// When the signal's samples first left `ok` (see `SignalAssessment.turnedBadAt`).
    public var turnedBadAt: Date
    /// How long after the change the signal turned bad, in seconds (0 or more).
    public var lead: TimeInterval

    /// Creates a link.
    public init(signalKey: String, signalName: String, componentID: String, turnedBadAt: Date, lead: TimeInterval) {
        self.signalKey = signalKey
        self.signalName = signalName
        self.componentID = componentID
        self.turnedBadAt = turnedBadAt
        self.lead = lead
    }
}

/// Marks changes that happened shortly before a signal of the same environment turned bad.
///
/// "Shortly" is the suspect window: a change is a suspect for a signal when it happened at or
/// before the moment the signal turned bad, and no more than `window` before it
/// (`turnedBadAt − window ≤ change.at ≤ turnedBadAt`). The default window is two hours: long
/// enough for a migration's locks or a deploy's slow leak to show, short enough that last
/// week's release is not blamed for this morning's outage.
///
/// `turnedBadAt` is read from the samples on hand; when every sample is already bad it is the
/// oldest sample's time, so the signal may have turned bad earlier. The window is then measured
/// from the earliest moment the data proves, which can only widen the net, never hide a suspect
/// that the samples show.
public enum SuspectChanges {
    /// Two hours: the documented "shortly before".
    public static let defaultWindow: TimeInterval = 2 * 3600

    /// For every change with at least one suspect link, its links (worst-first is the caller's
    /// business; here they are ordered by when the signal turned bad, then by key), by change id.
    /// Only signals of the change's own environment are considered.
    public static func links(changes: [Change], signals: [Signal], window: TimeInterval = defaultWindow) -> [String: [SuspectLink]] {
        var badSignalsByEnvironment: [String: [(signal: Signal, turnedBadAt: Date)]] = [:]
        for signal in signals {
            guard let turnedBadAt = SignalAssessment.turnedBadAt(signal) else { continue }
            badSignalsByEnvironment[signal.environmentID, default: []].append((signal, turnedBadAt))
        }
        var result: [String: [SuspectLink]] = [:]
        for change in changes {
            let candidates = badSignalsByEnvironment[change.environmentID] ?? []
            let links = candidates.compactMap { candidate -> SuspectLink? in
                guard isSuspect(changeAt: change.at, turnedBadAt: candidate.turnedBadAt, window: window) else { return nil }
                return SuspectLink(
                    signalKey: candidate.signal.key, signalName: candidate.signal.name, componentID: candidate.signal.componentID,
                    turnedBadAt: candidate.turnedBadAt, lead: candidate.turnedBadAt.timeIntervalSince(change.at)
                )
            }
            .sorted { ($0.turnedBadAt, $0.signalKey, $0.componentID) < ($1.turnedBadAt, $1.signalKey, $1.componentID) }
            if !links.isEmpty { result[change.id] = links }
        }
        return result
    }

    /// The window rule on its own: at or before the turn, and no more than `window` before it.
    public static func isSuspect(changeAt: Date, turnedBadAt: Date, window: TimeInterval = defaultWindow) -> Bool {
        changeAt <= turnedBadAt && turnedBadAt.timeIntervalSince(changeAt) <= window
    }
}
