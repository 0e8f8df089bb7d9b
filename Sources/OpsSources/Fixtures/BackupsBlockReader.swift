import Foundation
import OpsModel

/// Reads a backups item straight from its bytes when it is in the plain block form
/// (`PlainBlockItem`) with nothing to report: known fields only, valid values, a known
/// environment.
///
/// For such an item it gives exactly what `BackupFixtures.environmentBackups` and the reference
/// check give, without the node tree and a reader per nested mapping: at 10,000 environments
/// those were 50 ms of the first frame. Any other item, and any item with something to report,
/// gets nil and is read the general way, so every issue is still reported by the one general
/// reader. One per thread.
final class BackupsBlockReader {
    private let environments: EnvironmentIndex
    private let anchor: Date
    /// Texts kept once (stanzas, schedules, labels of shared priors), as the general reader keeps them.
    private let texts = TextStore()
    /// Times and sizes already read, by their text: a set's `now-7h` and `40GiB` recur from one
    /// environment to the next, and reading them was a quarter of a set line (callgrind).
    private var instants: [String: Date] = [:]
    private var sizes: [String: Int64] = [:]
    /// At most this many of each are kept: files of absolute times never recur.
    private static var keptLimit: Int { 4_096 }

    init(environments: EnvironmentIndex, anchor: Date) {
        self.environments = environments
        self.anchor = anchor
    }

    /// The backups of the item whose bytes start at its dash, or nil to read it the general way.
    func backups(_ bytes: UnsafeBufferPointer<UInt8>) -> EnvironmentBackups? {
        guard let item = PlainBlockItem(bytes) else { return nil }
        var fields = Fields()
        let matcher = PlainFlowCursor(bytes, at: 0)
        for (key, value) in item.fields {
            guard read(key, value, bytes, matcher, into: &fields) else { return nil }
        }
        guard let id = fields.environmentID, let ownID = environments.ownID(id) else { return nil }
        return EnvironmentBackups(
            environmentID: ownID, stanza: fields.stanza ?? id, status: fields.status,
            backups: fields.sets.sorted { $0.stop < $1.stop }, archive: fields.archive, cipher: fields.cipher,
            policy: fields.policy, auxiliary: fields.auxiliary, observedAt: fields.observed
        )
    }

    /// What an item gave so far; nil where a field was not given.
    private struct Fields {
        var environmentID, stanza, cipher: String?
        var status: StanzaStatus?
        var sets: [BackupSet] = []
        var archive: ArchiveState?
        var policy: BackupPolicy?
        var auxiliary: [AuxiliaryBackup] = []
        var observed: Date?
    }

    /// Reads one field into `fields`; false when it is unknown or its value needs the general
    /// reader (a null, a malformed value, an unknown key inside it).
    private func read(_ key: Range<Int>, _ value: PlainBlockItem.Value, _ bytes: UnsafeBufferPointer<UInt8>, _ matcher: PlainFlowCursor, into fields: inout Fields) -> Bool {
        switch value {
        case .scalar(let range, let quoted):
            guard let text = texts.plainText(range, quoted, bytes) else { return false }
            if matcher.matches(key, "env") {
                fields.environmentID = text
            } else if matcher.matches(key, "stanza") {
                fields.stanza = text
            } else if matcher.matches(key, "cipher") {
                fields.cipher = text
            } else if matcher.matches(key, "observed") {
                fields.observed = knownInstant(text)
                return fields.observed != nil
            } else {
                return false
            }
            return true
        case .flow(let range):
            if matcher.matches(key, "status") {
                fields.status = status(range, bytes)
                return fields.status != nil
            } else if matcher.matches(key, "archive") {
                fields.archive = archive(range, bytes)
                return fields.archive != nil
            } else if matcher.matches(key, "policy") {
                fields.policy = policy(range, bytes)
                return fields.policy != nil
            }
            return false
        case .list(let items):
            if matcher.matches(key, "sets"), let sets = PlainBlockItem.mappings(items, bytes, backupSet) {
                fields.sets = sets
                return true
            } else if matcher.matches(key, "auxiliary"), let auxiliary = PlainBlockItem.mappings(items, bytes, auxiliary) {
                fields.auxiliary = auxiliary
                return true
            }
            return false
        }
    }

    private func status(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> StanzaStatus? {
        guard let (codeText, message, runningText, _, _, _, _, _) = texts.mappingTexts(range, bytes, ["code", "message", "running"])?.all,
              let code = codeText.flatMap({ Int($0) }), let running = Self.bool(runningText, fallback: false)
        else { return nil }
        return StanzaStatus(code: code, message: message ?? (code == 0 ? "ok" : ""), backupInProgress: running)
    }

    private func archive(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> ArchiveState? {
        guard let (minWAL, maxWAL, lastArchivedWAL, lastArchived, failedText, lastFailedWAL, lastFailed, toolError) =
                texts.mappingTexts(range, bytes, ["min", "max", "lastArchivedWAL", "lastArchived", "failedCount", "lastFailedWAL", "lastFailed", "toolError"])?.all,
              let lastArchivedTime = instant(lastArchived), let lastFailedTime = instant(lastFailed)
        else { return nil }
        var failedCount = 0
        if let failedText {
            guard let value = Int(failedText) else { return nil }
            failedCount = value
        }
        return ArchiveState(minWAL: minWAL, maxWAL: maxWAL, lastArchivedWAL: lastArchivedWAL, lastArchivedTime: lastArchivedTime,
                            failedCount: failedCount, lastFailedWAL: lastFailedWAL, lastFailedTime: lastFailedTime, toolError: toolError)
    }

    private func policy(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> BackupPolicy? {
        guard let (schedule, retentionText, encryption, immutable, offsite, _, _, _) =
                texts.mappingTexts(range, bytes, ["schedule", "fullRetention", "encryption", "immutable", "offsite"])?.all,
              let encryptionRequired = Self.bool(encryption, fallback: true), let immutable = Self.bool(immutable, fallback: false),
              let offsiteCopy = Self.bool(offsite, fallback: false)
        else { return nil }
        var fullRetention = 2
        if let retentionText {
            guard let value = Int(retentionText) else { return nil }
            fullRetention = value
        }
        return BackupPolicy(schedule: schedule ?? "", fullRetention: fullRetention, encryptionRequired: encryptionRequired, immutable: immutable, offsiteCopy: offsiteCopy)
    }

    private func auxiliary(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> AuxiliaryBackup? {
        guard let (kind, success, attempt, succeededText, _, _, _, _) =
                texts.mappingTexts(range, bytes, ["kind", "lastSuccess", "lastAttempt", "succeeded"])?.all,
              let kind, let lastSuccess = instant(success), let lastAttempt = instant(attempt),
              let succeeded = Self.bool(succeededText, fallback: lastSuccess != nil)
        else { return nil }
        return AuxiliaryBackup(kind: kind, lastSuccess: lastSuccess, lastAttempt: lastAttempt ?? lastSuccess, succeeded: succeeded)
    }

    /// The keys of a backup set, in the order of the slots `backupSet` fills.
    private static let setKeys: [StaticString] = ["label", "type", "start", "stop", "size", "repositorySize", "prior", "references", "error", "walStart", "walStop"]

    /// A backup set: eleven keys, one of them a list, so read here rather than as `MappingTexts`.
    private func backupSet(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> BackupSet? {
        let matcher = PlainFlowCursor(bytes, at: 0)
        var setTexts = [String?](repeating: nil, count: Self.setKeys.count)
        var references: [String] = []
        var seen: UInt16 = 0
        var cursor = PlainFlowCursor(bytes, at: range.lowerBound)
        let plain = cursor.mapping { key, inner in
            guard let slot = Self.setKeys.firstIndex(where: { matcher.matches(key, $0) }), seen & (1 << slot) == 0 else { return false }
            seen |= 1 << slot
            if slot == 7 {
                // A list's items are taken as written, `null` included, as the general reader takes them.
                guard let items = inner.scalarList() else { return false }
                references = items.map { texts.interned(bytes, $0.range) }
                return true
            }
            guard let (value, quoted) = inner.scalar(), let text = texts.plainText(value, quoted, bytes) else { return false }
            setTexts[slot] = text
            return true
        }
        let text = setTexts
        guard plain, let label = text[0], let type = text[1].flatMap(BackupType.init(rawValue:)),
              let start = text[2].flatMap(knownInstant), let stop = text[3].flatMap(knownInstant), stop >= start,
              let size = knownSize(text[4]), let repositorySize = knownSize(text[5]), let error = Self.bool(text[8], fallback: false)
        else { return nil }
        return BackupSet(label: label, type: type, start: start, stop: stop, sizeBytes: size, repositorySizeBytes: repositorySize,
                         prior: text[6], references: references, error: error, walStart: text[9], walStop: text[10])
    }

    /// An instant given as text: `.some(nil)` when not given, nil when it is not an instant.
    private func instant(_ text: String?) -> Date?? {
        guard let text else { return .some(nil) }
        return knownInstant(text).map { .some($0) }
    }

    /// `FixtureTime.instant` of `text` at the reader's anchor, read once per text.
    private func knownInstant(_ text: String) -> Date? {
        if let known = instants[text] { return known }
        guard let instant = FixtureTime.instant(text, anchor: anchor) else { return nil }
        if instants.count < Self.keptLimit { instants[text] = instant }
        return instant
    }

    /// A size given as text (`BackupFixtures.bytes`, read once per text): `.some(nil)` when not
    /// given, nil when malformed.
    private func knownSize(_ text: String?) -> Int64?? {
        guard let text else { return .some(nil) }
        if let known = sizes[text] { return .some(known) }
        guard let bytes = BackupFixtures.bytes(text) else { return nil }
        if sizes.count < Self.keptLimit { sizes[text] = bytes }
        return .some(bytes)
    }

    /// `true` or `false` as written, `fallback` when not given; nil for anything the general
    /// reader would have to judge (`yes`, `on`, a typo).
    private static func bool(_ text: String?, fallback: Bool) -> Bool? {
        switch text {
        case nil: fallback
        case "true": true
        case "false": false
        default: nil
        }
    }
}
