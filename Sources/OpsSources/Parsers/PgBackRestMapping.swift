import Foundation
import OpsModel

/// Maps a parsed pgBackRest stanza onto the model's `EnvironmentBackups`.
extension PgBackRestStanza {
    /// The WAL bounds of the current database (the newest history entry), across repositories.
    ///
    /// Older history entries hold WAL of a cluster since upgraded or replaced; they say nothing
    /// about whether the running cluster's WAL reaches the repository.
    public var currentArchive: (minWAL: String?, maxWAL: String?) {
        let currentID = archives.compactMap(\.databaseID).max()
        let current = archives.filter { $0.databaseID == currentID }
        let mins = current.compactMap { $0.minWAL.flatMap(WALSegmentName.init) }
        let maxes = current.compactMap { $0.maxWAL.flatMap(WALSegmentName.init) }
        return (mins.min()?.description, maxes.max()?.description)
    }

    /// The stanza status, with each failing repository's own message added where the overall one is
    /// only a category (`other`, `different across repos`), so the reason names the real error.
    public var detailedStatus: StanzaStatus {
        var status = self.status
        guard status.code != 0 else { return status }
        let details = repositories
            .filter { ($0.code ?? 0) != 0 }
            .compactMap { repository in repository.message.map { "repo\(repository.key): \($0)" } }
            .filter { !$0.hasSuffix(": \(status.message)") }
        if !details.isEmpty { status.message += " (" + details.joined(separator: "; ") + ")" }
        return status
    }

    /// The environment's backups as the verdict reads them.
    ///
    /// - Parameters:
    ///   - environmentID: the environment this stanza backs up.
    ///   - policy: the estate's backup policy for the environment.
    ///   - auxiliary: filestore and configuration backups, from their own tools.
    ///   - archiver: PostgreSQL's `pg_stat_archiver`, for archiving success and failure.
    ///   - archiveError: an archive error the backup tool reported elsewhere (e.g. `pgbackrest check`).
    ///   - observedAt: when the information was read.
    public func environmentBackups(environmentID: String, policy: BackupPolicy?, auxiliary: [AuxiliaryBackup] = [], archiver: PgStatArchiver? = nil, archiveError: String? = nil, observedAt: Date? = nil) -> EnvironmentBackups {
        let bounds = currentArchive
        var archive = ArchiveState(minWAL: bounds.minWAL, maxWAL: bounds.maxWAL, toolError: archiveError)
        if let archiver { archive = archiver.applied(to: archive) }
        return EnvironmentBackups(
            environmentID: environmentID, stanza: name, status: detailedStatus, backups: backupSets,
            archive: archive, cipher: cipher, policy: policy, auxiliary: auxiliary, observedAt: observedAt
        )
    }
}
