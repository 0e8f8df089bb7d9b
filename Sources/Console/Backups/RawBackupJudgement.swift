import Foundation
import OpsModel
import OpsSources

/// Judges raw `pgbackrest info --output=json` (and optionally `pg_stat_archiver`) without an estate.
public enum RawBackupJudgement {
    /// The RPO used when neither `--rpo` nor `--tier` gives one: the core-production default.
    public static let defaultRPO: TimeInterval = 15 * 60

    /// What to judge and against which objectives.
    public struct Input: Sendable {
        /// Name of the pgBackRest file as the user gave it (`-` for standard input).
        public var infoName: String
        public var infoData: Data
        public var archiverName: String?
        public var archiverData: Data?
        /// `--rpo`; nil uses the tier's, or 15 minutes.
        public var rpo: TimeInterval?
        /// `--tier`; nil judges only what raw outputs carry (no restore tests, no policy).
        public var tier: Tier?
        /// `--stanza`: judge only this one.
        public var stanza: String?

        public init(infoName: String, infoData: Data, archiverName: String? = nil, archiverData: Data? = nil, rpo: TimeInterval? = nil, tier: Tier? = nil, stanza: String? = nil) {
            self.infoName = infoName
            self.infoData = infoData
            self.archiverName = archiverName
            self.archiverData = archiverData
            self.rpo = rpo
            self.tier = tier
            self.stanza = stanza
        }
    }

    /// The objectives raw outputs are judged against.
    ///
    /// Without a tier there are no restore-test or policy requirements: raw tool output carries no
    /// restore records or policy, so demanding them would call every stanza broken.
    public static func policy(rpo: TimeInterval?, tier: Tier?) -> TierPolicy {
        guard let tier else {
            let rpo = rpo ?? defaultRPO
            return TierPolicy(tier: .nonProduction, rpo: rpo, rto: rpo, restoreTestInterval: nil, appliesGuardrails: false)
        }
        var policy = TierPolicy.standard(tier)
        if let rpo { policy.rpo = rpo }
        return policy
    }

    /// One verdict per stanza, in the tool's order.
    public static func judge(_ input: Input, now: Date) throws(BackupsInputError) -> [(stanza: PgBackRestStanza, verdict: BackupVerdict, policy: TierPolicy)] {
        var stanzas: [PgBackRestStanza]
        do {
            stanzas = try PgBackRestInfo.parse(input.infoData)
        } catch let error as ParseError {
            throw .unreadable(file: input.infoName, error)
        } catch {
            throw .unreadable(file: input.infoName, ParseError(source: PgBackRestInfo.source, field: "", problem: "unreadable"))
        }
        var archiver: PgStatArchiver?
        if let data = input.archiverData {
            let name = input.archiverName ?? "archiver"
            do {
                archiver = try PgStatArchiver.parse(data)
            } catch let error as ParseError {
                throw .unreadable(file: name, error)
            } catch {
                throw .unreadable(file: name, ParseError(source: PgStatArchiver.source, field: "", problem: "unreadable"))
            }
        }
        if let wanted = input.stanza {
            let known = stanzas.map(\.name)
            stanzas = stanzas.filter { $0.name == wanted }
            if stanzas.isEmpty { throw .unknownStanza(wanted, file: input.infoName, known: known) }
        }
        if archiver != nil, stanzas.count > 1 {
            throw .archiverNeedsOneStanza(file: input.archiverName ?? "archiver", stanzas: stanzas.map(\.name))
        }
        let policy = policy(rpo: input.rpo, tier: input.tier)
        return stanzas.map { stanza in
            let backups = stanza.environmentBackups(environmentID: stanza.name, policy: nil, archiver: archiver)
            return (stanza, BackupAssessment.assess(backups, restoreTests: [], policy: policy, now: now), policy)
        }
    }
}
